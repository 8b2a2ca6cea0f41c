-- report_1_economy: one row per period (YYYY-MM, 1–N月累计) per scope (the county, or a township where the figure breaks down).
-- Report section 1 (①–④): output, value added, industrial fixed-asset investment, technical renovation. The figures of report section 一、1 经济指标完成情况（①规上工业总产值 ②规上工业增加值 ③工业固定资产投资 ④技术改造投资）: one column per indicator code of INDICATORS.md.
-- Analysts' documented view: columns never change meaning; a code not computed yet is NULL.
-- The columns are generated at build time from sql/catalogue.toml (beizeng.store.catalogue.section_view):
-- every code whose section begins with 1, in the catalogue's order, commented "<name>（<unit>）".
@section_view(report_1_economy, 1)

comment on view report_1_economy is '一、1 经济指标完成情况（①规上工业总产值 ②规上工业增加值 ③工业固定资产投资 ④技术改造投资）：每个期间（1-N月累计）、每个范围（全县或乡镇）一行，每个指标一列。数值未取整，单位见各列说明。';
