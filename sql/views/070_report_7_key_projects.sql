-- report_7_key_projects: one row per period (YYYY-MM, 1–N月累计) per scope (the county, or a township where the figure breaks down).
-- Report section 7: key projects of the doubling plan. The figures of report section 一、7 项目建设（工业倍增计划重点项目）: one column per indicator code of INDICATORS.md.
-- Analysts' documented view: columns never change meaning; a code not computed yet is NULL.
-- The columns are generated at build time from sql/catalogue.toml (beizeng.store.catalogue.section_view):
-- every code whose section begins with 7, in the catalogue's order, commented "<name>（<unit>）".
@section_view(report_7_key_projects, 7)

comment on view report_7_key_projects is '一、7 项目建设（工业倍增计划重点项目）：每个期间（1-N月累计）、每个范围（全县或乡镇）一行，每个指标一列。数值未取整，单位见各列说明。';
