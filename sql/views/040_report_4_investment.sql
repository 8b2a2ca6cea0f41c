-- report_4_investment: one row per period (YYYY-MM, 1–N月累计) per scope (the county, or a township where the figure breaks down).
-- Report section 4: investment attraction. The figures of report section 一、4 招商引资: one column per indicator code of INDICATORS.md.
-- Analysts' documented view: columns never change meaning; a code not computed yet is NULL.
-- The columns are generated at build time from sql/catalogue.toml (beizeng.store.catalogue.section_view):
-- every code whose section begins with 4, in the catalogue's order, commented "<name>（<unit>）".
@section_view(report_4_investment, 4)

comment on view report_4_investment is '一、4 招商引资：每个期间（1-N月累计）、每个范围（全县或乡镇）一行，每个指标一列。数值未取整，单位见各列说明。';
