-- report_3_innovation: one row per period (YYYY-MM, 1–N月累计) per scope (the county, or a township where the figure breaks down).
-- Report section 3: innovation and green factories. The figures of report section 一、3 科技创新（①创新主体培育 ②绿色主体培育）: one column per indicator code of INDICATORS.md.
-- Analysts' documented view: columns never change meaning; a code not computed yet is NULL.
-- The columns are generated at build time from sql/catalogue.toml (beizeng.store.catalogue.section_view):
-- every code whose section begins with 3, in the catalogue's order, commented "<name>（<unit>）".
@section_view(report_3_innovation, 3)

comment on view report_3_innovation is '一、3 科技创新（①创新主体培育 ②绿色主体培育）：每个期间（1-N月累计）、每个范围（全县或乡镇）一行，每个指标一列。数值未取整，单位见各列说明。';
