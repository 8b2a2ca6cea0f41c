"""The 工信局's progress notes (重点工作进展): the prose of sections 6, 二 and 三, the standard
factories' progress rising month by month.
"""

from __future__ import annotations

import math
from typing import Any

from beizeng.base.config import Config


def _factory_progress(month: int) -> int:
    """The standard factory buildings: started last autumn, ~9 points a month, done by September."""
    return min(100, 20 + 9 * month)


def progress_rows(cfg: Config, year: int, month: int) -> list[dict[str, Any]]:
    """The 工信局's notes for a month, written the way the county writes its report."""
    county, zone = cfg.county, cfg.townships[-1].name if cfg.townships else "经开区"
    factory = _factory_progress(month)
    done = factory >= 100
    rows: list[tuple[str, str, str, str | None, int | None]] = [
        ("6①", "化工集中区规划编制", (
            f"{year - 1}年9月启动化工集中区规划编制前期工作，多次召开意见征询会、座谈会，委托第三方开展安全选址论证，"
            f"确定了集中区选址范围；{year}年初聘请设计单位编制总体规划和产业规划，"
            + ("总体规划、产业规划已通过专家评审并取得县级主管部门批复，规划编制工作全面完成。" if month >= 5 else
               "目前规划初稿已完成，正在书面征求各方意见并修改完善。")), None, None),
        ("6②", "污水处理厂及配套管网改造", (
            "厂区进水管网和排水管道排查已全部完成，发现的隐患正在逐处整改；老旧设备更新"
            + ("已完成，自控系统调试正常，曝气池进水调试运行平稳；" if month >= 8 else "接近尾声，自控系统开始编程调试；")
            + "入河口沟渠拦水坝和消力池正在施工。"), None, None),
        ("6③", "标准化厂房建设", (
            "扶贫产业园一期标准化厂房五万平方米，"
            + ("已全部建成并投入使用，入驻企业陆续进场安装设备；" if done else
               f"项目建设总体进度达到{factory}%，预计{min(12, month + math.ceil((100 - factory) / 9))}月底全部建成；")
            + "丹澄产业园工业标准化厂房建设项目已正式开工。"), "扶贫产业园一期标准化厂房建设总体进度", factory),
        ("6④", "园区路网建设", (
            f"县政府就市政道路及{zone}基础设施建设项目与投资方签订投资协议，"
            + ("骨干道路已开工建设。" if month >= 9 else "目前正在办理项目前期手续，完善项目整体设计。")), None, None),
        ("二1", "工业经济基础较为薄弱", (
            f"{county}规上工业企业数量和产值规模在全市仍处于靠后位置，企业布局分散，上下游配套不足，产业链条不完整，"
            "难以形成集聚效应；传统加工制造企业占比较高，自动化、智能化水平不高，发展后劲不足。"), None, None),
        ("二2", "园区承载能力不足", (
            "园区规划虽已完成，但水电路气等基础设施配套仍有短板，标准化厂房等承载要素不足，涉企优惠政策落实不够到位，"
            "招商难、落地难的问题尚未有效破解。"), None, None),
        ("二3", "要素保障有待优化", (
            "一是高端技术人才和一线劳动力“两头缺”，部分劳动密集型企业难以满负荷生产；二是中小企业融资难，"
            "金融产品以传统抵押为主，信用贷款和应收账款、股权质押等产品少、规模小。"), None, None),
        ("三1", "强化统筹调度", (
            "发挥工业倍增牵头抓总作用，坚持周调度、月小结、季点评、年考核，对照任务清单逐项督办，确保全年目标任务完成。"),
         None, None),
        ("三2", "落实助企包联机制", (
            "选派干部对重点工业企业和建设项目开展“一对一”包联服务，及时协调解决用工、用地、融资等困难，推动企业稳产增效。"),
         None, None),
        ("三3", "加大招商项目落地力度", (
            "用好招商引资扶持奖励办法，围绕光伏新能源、新型建材、精细化工、涉农加工等主导产业精准招商，加大雄峰实业、"
            "赛易德汽车零部件、川环管业等意向项目对接力度，对已签约项目提供全程代办服务，推动早落地、早开工、早投产。"),
         None, None),
        ("三4", "抓好企业培育壮大", (
            "支持在建和试产企业早投产、早达效，推动具备条件的企业应统尽统、及时入规，培育一批专精特新骨干企业，"
            "实现企业数量和发展质量同步提升。"), None, None),
        ("三5", "提升园区承载能力", (
            f"完成{zone}化工园区设置审批，加快标准化厂房建设和骨干道路、供排水配套工程建设，早日建成污水处理改造工程，"
            "让园区真正成为县域工业经济的主阵地。"), None, None),
    ]
    return [{"section": s, "title": t, "text": text, "figure_label": label, "figure_pct": pct}
            for s, t, text, label, pct in rows]
