-- report_2_cultivation: one row per period (YYYY-MM, 1–N月累计) per scope (the county, or a township where the figure breaks down).
-- Report section 2: new above-scale enterprises and strategic emerging industries. The figures of report section 一、2 企业培育（①新增规上培育 ②战略性新兴企业培育）: one column per indicator code of INDICATORS.md.
-- Analysts' documented view: columns never change meaning; a code not computed yet is NULL.
-- The columns are generated at build time from sql/catalogue.toml (beizeng.store.catalogue.section_view):
-- every code whose section begins with 2, in the catalogue's order, commented "<name>（<unit>）".
@section_view(report_2_cultivation, 2)

comment on view report_2_cultivation is '一、2 企业培育（①新增规上培育 ②战略性新兴企业培育）：每个期间（1-N月累计）、每个范围（全县或乡镇）一行，每个指标一列。数值未取整，单位见各列说明。';
