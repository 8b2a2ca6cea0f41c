-- report_5_factors: one row per period (YYYY-MM, 1–N月累计) per scope (the county, or a township where the figure breaks down).
-- Report section 5: land, city fund contributions, county development funds. The figures of report section 一、5 要素保障（①工业用地供应 ②工业发展基金上缴 ③工业发展资金到位）: one column per indicator code of INDICATORS.md.
-- Analysts' documented view: columns never change meaning; a code not computed yet is NULL.
-- The columns are generated at build time from sql/catalogue.toml (beizeng.store.catalogue.section_view):
-- every code whose section begins with 5, in the catalogue's order, commented "<name>（<unit>）".
@section_view(report_5_factors, 5)

comment on view report_5_factors is '一、5 要素保障（①工业用地供应 ②工业发展基金上缴 ③工业发展资金到位）：每个期间（1-N月累计）、每个范围（全县或乡镇）一行，每个指标一列。数值未取整，单位见各列说明。';
