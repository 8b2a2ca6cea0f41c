-- progress_items: one row per period per report item of the progress-notes return (6①…, 二1…, 三1…),
-- in report order, with its text and the figure quoted in it, for the report draft.
-- The reader folds full-width forms (NFKC) in the cells it does not keep as typed, so "6③" arrives as
-- "63" and "，" as ",":
-- the section is read back as part (6, 二, 三 …), item number and a point inside the item (二3-1, from
-- 问题（三）1), shown again as 6③ / 二3 / 二3-1, and the
-- Chinese punctuation of the text is put back (a comma or colon between two digits, as in 1,234 or
-- 10:30, is left alone).  part_order puts the numbered items of 一 (1–9) first, then 二, 三 ….
-- Text the reader keeps as typed (a prose column) keeps its ①② and its full-width marks are left as they
-- are; in a folded cell a circled number arrives as a plain digit, which nothing can tell from a typed one.
-- Chinese punctuation back in place of the half-width forms NFKC made of it: ； （ ） ！ ？ always, … for
-- "..." (NFKC turns …… into six dots), ， and ： unless between two digits (1,234 and 10:30 stay).
create or replace macro zh_punctuation(s) as
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        replace(replace(replace(replace(replace(replace(s, '...', '…'), ';', '；'), '(', '（'), ')', '）'),
                '!', '！'), '?', '？'),
        '([^0-9]),', '\1，', 'g'), ',([^0-9])', '，\1', 'g'),
        '([^0-9]):', '\1：', 'g'), ':([^0-9])', '：\1', 'g');

create or replace view progress_items as
with source as (
    select * from cur_progress_notes
),
parsed as (
    select
        *,
        left(section, 1) as part,
        regexp_extract(section, '^.[.、．]?([0-9]{1,2})(-[0-9]{1,2})?$', 1) as item,
        regexp_extract(section, '^.[.、．]?[0-9]{1,2}-([0-9]{1,2})$', 1) as point
    from source
),
restored as (
    select *, zh_punctuation(title) as title_zh, zh_punctuation(text) as text_zh from parsed
),
final as (
    select
        period,
        part,
        case when part between '1' and '9' then cast(part as integer)
             else 10 + strpos('一二三四五六七八九十', part) end as part_order,
        coalesce(try_cast(nullif(item, '') as integer), 0) as item_no,
        coalesce(try_cast(nullif(point, '') as integer), 0) as point_no,
        case when item = '' then part
             when part between '1' and '9' and cast(item as integer) between 1 and 20
                 then part || chr(9311 + cast(item as integer))
             else part || item end || case when point = '' then '' else '-' || point end as section,
        title_zh as title,
        text_zh as text,
        figure_label,
        figure_pct,
        sender,
        submission_id,
        sheet,
        excel_row
    from restored
)
select * from final
order by period, part_order, item_no, point_no, excel_row;
