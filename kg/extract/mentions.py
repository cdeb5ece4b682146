"""Mentions in a sentence: NER mapped to schema types, gazetteer hits, and patterns.

Patterns cover what NER models lack: quoted concepts (“四个意识”), cases
(“1.17”特大象牙走私案), dates, and names built by a suffix (…动员会, …领导小组, …主题教育)
whose left edge is found by walking back over name-like tokens.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from kg.extract.base import CODE_GIVEN, DOCUMENT_TITLE, ArticleDoc, Mention, Sentence, hosting
from kg.extract.base import Source as S
from kg.extract.dateline import Dateline, parse_dateline, parse_trailer
from kg.extract.lexicon import Lexicon
from kg.extract.stages import Context, StageFn, stage

#: a quoted phrase; crawled text often opens with an ASCII quote and closes with a Chinese one, or quotes with ASCII
_QUOTED = re.compile(r"[“\"][^“”\"\n]{1,40}”|\"[^“”\"\n]{1,40}\"")
#: dashes that join two parts of one name (中国—东盟)
_NAME_DASHES = frozenset({"—", "－", "-", "–"})
#: the title of a document (《决定》, 《…实施方案》)
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: what makes a country a nationality, no place (中国|籍)
_NATIONALITY = "籍"
#: tags of person names (LAC's and HanLP's)
_PERSON_POS = frozenset({"nr", "PER", "nrf", "NR"})
def _unclosed(span: str) -> bool:
    """Whether ``span`` closes a bracket it does not open (绵阳)科技城)."""
    return span.count(")") + span.count("）") > span.count("(") + span.count("（")


#: part-of-speech tags of a place (a one-character city the tagger knows: 在|淄/ns|召开)
_CITY_POS = frozenset({"ns", "LOC"})
_CJK_NAME = re.compile(r"^(?!·)[\u4e00-\u9fff·]{2,6}(?<!·)$")  # a dot only inside a name
#: what names an operation: a quoted code (“国门利剑2024”专项行动) or a number (…跨境走私5号行动)
_CODED = re.compile(r"[“\"]|[0-9０-９一二三四五六七八九十]号")
#: the year of an operation's round, after its name (“獴猎”行动|-2022)
_ROUND = re.compile(r"[-－—][0-9０-９]{4}(?![0-9０-９])")
_OPENING_QUOTES, _CLOSING_QUOTES = ("“", "‘", '"'), ("”", "’", '"')
#: the endings of a verb of result or aspect, which takes an object and names nothing (认识到|大会, 开好|会议,
#: 圆满完成|会议)
_RESULTS = "到了过好完成"
#: the verb of speaking for a unit, which opens no unit's name (孟祥林代表|学院党委)
_ON_BEHALF = "代表"
#: what ends a list of places whose units the name after it stands for (南宁、深圳等地|海关缉私局,
#: 天津、昆明等13个直属|海关)
_SOME_PLACES = re.compile(r"(?:等|[两三四五六七八九十0-9０-９]+)地|等[0-9０-９一二三四五六七八九十]+个(?:直属)?")
#: a body's member, a title when written as an item before the person's other titles (中央宣讲团|成员|、…)
_MEMBER = "成员"
_TITLE_ITEM_GAPS = ("、", "，", ",")
_TITLE_ITEMS = ("Organization", "Position")
#: what ends a list that is one of places when a place stands right before it (南宁、广州等|海关缉私局)
_AND_OTHERS = re.compile("等")
#: how far before a name the end of a list of places may start (等13个直属|海关)
_LIST_END_MAX = 8
#: what ends a clause that describes the noun after it (…组成的|联合验收小组)
_ATTRIBUTIVE = "的"
#: one-character nouns for a unit, which end a unit's name before 和 (扫黑除恶攻坚|队|和|线索专班: two units)
_UNIT_NOUNS = frozenset("队组班处科室所站")
#: ceremonies, named after the act they perform (荣誉授予仪式, 成立典礼)
_CEREMONIES = ("仪式", "典礼")
#: the relations of acts a ceremony performs
_CEREMONY_ACTS = frozenset({"COMMENDED", "ESTABLISHED"})
#: what names a unit's offices concerned after the unit's name (海关总署|有关司局, 山东海事局|相关处室)
_CONCERNED = ("相关", "有关")
#: what makes a title a former one (原|镇长)
_FORMER = "原"
#: the shortest unit's name NER gives that names the unit wherever the article writes it again
_UNIT_MIN = 3
_NUMBER = re.compile(r"[0-9０-９一二三四五六七八九十百零〇两]+")
#: what joins two dates into one range (1月至9月)
_RANGE_JOINERS = ("至", "到", "—", "-", "－", "~")
#: a year and the first part of it (2025年前三季度, 今年前2个月): the year is the date, the part a span
_BEFORE_PERIOD = re.compile(r"^(.*年)前[0-9０-９一二三四五六七八九十两]*(?:个月|季度|个季度)?$")
#: a year's festival that names a meeting (2022年春节|团拜会)
_FESTIVAL = re.compile(r"(?:[0-9０-９]{4}年)?(?:春节|元旦|国庆|中秋|端午|元宵|清明)")
#: a date's span that is a count of points or the cut-off part of a code
_NOT_WHEN = re.compile(r"^[0-9０-９一二三四五六七八九十两]+点$|[-—–]$|^[一二三四五六七八九十]+$"  # (五一: a festival)
                       r"|^(?:上午|下午|晚上|凌晨|早上|中午)?[0-9０-９一二三四五六七八九十]{1,3}时(?:[0-9０-９]{1,2}分)?许?$")
_HAS_DIGIT = re.compile(r"[0-9０-９一二三四五六七八九十〇零]")
_STOP_POS = frozenset({"w", "p", "u", "r", "d", "c", "xc", "f", "q", "ad", "a"})
_VERB_POS = frozenset({"v", "vd", "VV"})
#: the Youth League, whose committees are named like the party's (共青团益阳市委)
_LEAGUE = "共青团"
#: what a committee's title opens with (党委书记, 党组成员 stay whole titles, the conventions say)
_COMMITTEES = ("委", "组")
#: tags of a unit's name (LAC's and HanLP's)
_UNIT_POS = frozenset({"nt", "ORG", "NT"})
_ADVERB_POS = frozenset({"d", "ad", "AD"})
#: words that may follow a name and open its predicate: adverbs, prepositions, conjunctions
_FUNCTION_POS = _ADVERB_POS | {"p", "c"}
#: a year alone or with its month (2024年, 二〇二四年, 2023年12月): part of a meeting's name, unlike a day
_YEAR = re.compile(r"(?:[0-9０-９]{4}|[一二三四五六七八九〇零]{4})年(?:度|[0-9０-９]{1,2}月)?")
#: a part of a year that names a meeting, with its year or after it (2022年|二季度|…学习会, 2021年下半年|…推进会)
_PERIOD = re.compile(r"(?:[0-9０-９]{4}年)?(?:第?[一二三四1-4１-４]季度|[上下]半年)")
#: tags of proper names: a list that shares a suffix names places (文锦渡、皇岗海关), not 首脑、|欧盟委员会
_PROPER_POS = frozenset({"nt", "nz", "ns", "nr", "ORG", "LOC", "j", "NR"})
#: tags of places and bodies (and abbreviations of them)
_PLACE_POS = frozenset({"nt", "ns", "ORG", "LOC", "j"})
#: the longest place name a tagged stem before a unit suffix is read as (拱北|海关, 横琴新区|公安局)
_PLACE_MAX = 4
#: a stem that counts or ranges over bodies (两国|政府, 各地|海关): no name (but 十堰, 三亚 are places)
_COUNTED_STEM = re.compile(r"两[国地岸省市区县]|[各几诸]")
#: the most words a body's task may have between the body and its name (县委|全面|深化改革|委员会)
_TASK_WORDS = 4
#: mentions that win over any other they overlap, the longest first
_FIRST = frozenset({("Position", S.LEXICON), ("Event", S.LEXICON), ("Event", S.SUFFIX)})
_NOUN_POS = frozenset({"n", "nt", "nz", "ns", "nr", "vn", "an", "ORG", "LOC", "j", "NN", "NR", "NT"})
#: priority of a mention's source when two candidates of equal length overlap
_PRIORITY = {S.BYLINE: 6, S.LIST: 5, S.DOTTED: 5, S.LEXICON: 4, S.CASE: 4, S.DATE: 4, S.TITLE: 3, S.SUFFIX: 3,
             S.QUOTE: 3, S.NER: 2, S.GENERIC: 1, S.OTHER: 1}
_MAX_NAME = 40
_MEETING = "会议"
#: where a task is done, which a meeting's or a unit's name may hold (打击海上走私…, 网上信访…)
_WHERE_DONE = ("海上", "网上", "线上", "陆上", "水上", "空中")
#: the one-character word for a meeting: what a meeting's name may end with after a verb of holding it (召开|…聘任会),
#: and what names a plenary one after 全体 (全体会 for 全体会议), which the tagger may read as a verb
_MEETING_END = "会"
_PARTY = "党的"
#: a unit's 中心 and what makes it the unit's main work instead (县政府中心|工作)
_CENTRE = "中心"
#: a bureau's suffix, and the words it ends that name no bureau (新格局, 顾全大局)
_BUREAU = "局"
_NOT_BUREAUS = frozenset({"格局", "大局", "全局", "布局", "结局", "当局", "时局", "政局", "开局", "僵局", "骗局",
                          "残局", "饭局", "赌局", "变局", "棋局", "战局", "终局"})
_CENTRAL_WORK = ("工作", "任务", "城市")
#: the work a meeting is about (…稳定|工作会议)
_WORK = "工作"
#: what makes a quote before it a day a speech was given on, no slogan (“七一”|重要讲话)
#: the room of a venue written after it (区政府会议中心|5106室, 区会议中心|3号会议室)
_ROOM = re.compile(r"[0-9０-９A-Za-z]{1,5}(?:室|号厅|厅|号会议室|号会议厅)")
#: prepositions NER glues to a two-character name before the verb (林玲向|老领导汇报)
_PREPOSITIONS_AFTER = "向对给把被"
#: the preposition of a date after a unit's name (拱北海关|于6月1日)
_AT_TIME = "于"
#: how long a quoted day before its festival may be, quotes included (“五一”, “9·18”, “中秋、国庆”)
_DAY_QUOTE_MAX = 7
#: the longest title of the lexicon a glued joiner may stand before (石岩和|组织委员)
_TITLE_MAX = 8
#: what makes a kind of meeting after it every level's (各级|科技会议)
_EVERY_LEVEL = "各级"
#: a verb that is also the noun ending a body's name (世界卫生组织: an organisation, not 世界卫生|组织)
_ORGANISATION = "组织"
#: what says meetings were held again and again (多次召开|对接会): the meetings are not the article's own
_AGAIN = "(?:多次|屡次|先后|曾经?|历次|多轮)"
#: the word of a unit speaking of itself (我|市, 我|省)
OURS = "我"
#: a verb joining two names that NER cuts between them (陈某伙|同远某)
_ALONG_WITH = "伙同"
_SPEECH_AFTER = ("重要讲话", "讲话")
#: what makes a quote before it the title of a talk, no slogan (作“关注天气、气候对人类的影响”|的主题发言)
_TALK_TITLE = re.compile(r"的(?:主题|专题|工作|辅导)?(?:发言|讲话|报告|讲座|党课)")
#: what makes a verb of study before it a noun (宣传|思想: propaganda and ideology)
_IDEOLOGY = "思想"
#: a unit numbered inside its parent (中国人民解放军|32122部队, 中央统战部|二局)
_NUMBERED_UNIT = re.compile(r"[0-9０-９]+部队|[一二三四五六七八九十]+[局司处室]")
#: a day of the month written alone, to tell a day (18日) from a garbled number (731日)
_DAY_ALONE = re.compile(r"([0-9０-９]+)日")
#: the tags of a word a list of persons may go on with (江河/n), and what may close its item
_LISTED_NAME_POS = frozenset({"n", "nr", "nz"})
_LIST_ITEM_ENDS = ("、", "等", "出席", "参加", "列席", "，", "。")
#: how the name of a township ends, which the tagger may take for a person's (五角乡/nr)
_TOWNSHIPS = ("乡", "镇")
#: the levels whose place that holds a meeting is a unit (板浦镇|召开…, 新市街道|召开…)
_TOWN_LEVELS = (*_TOWNSHIPS, "街道", "街")
#: places of a township's rank, which a township in a list before them does not share (榆林乡、潭龙|街道)
_SUBDISTRICTS = (_SUBDISTRICT := "街道", _COMMUNITY := "社区")
#: a subdistrict's name, which NER may end one character short (河婆街|道)
_STREET, _STREET_END = _SUBDISTRICT[:1], _SUBDISTRICT[1:]
#: where a body's sitting is: 在…上
_AT_MEETING = ("在", "上")
#: Chinese and foreign (中外记者见面会)
_SINO_FOREIGN = re.compile("中[外非美俄欧日韩法德英阿哈蒙越老泰缅巴印新马意澳]")  # 中外, 中非, 中美: China and others
#: the types whose generic words are no names
_GENERIC_TYPES = ("Organization", "Location", "Event")
#: the tag of a place's name
_PLACE_TAG = "ns"
#: a level's party committee and government written as one word (区委区政府, 县委县人民政府, 金乡县委金乡县政府,
#: 市委政府)
_COMMITTEE_AND_GOVERNMENT = re.compile(r"([\u4e00-\u9fff]{0,4}?[省市县区州])委(\1?(?:人民)?政府)")
#: places counted, none named (三县, 两市)
_COUNTED_PLACES = re.compile(r"[一二三四五六七八九十两几数多]+[省市县区乡镇村]")
#: how the name of a body named for its task ends (领导小组, 督导组, 应急指挥部)
_TASK_BODIES = ("组", "指挥部")
#: the country, which names no place in 新中国 (the state since 1949), 中国特色 (a kind) and the words below
_CHINA = "中国"
#: what makes 中国 a word's first part, no place (中国|特色, 中国|化, 中国|式现代化, 中国|人民, 中国|香港: a region
#: named with its country)
_CHINA_AS_WORD = ("特色", "化", "式", "人民", "香港", "澳门", "台湾", "版图")
#: what makes 中国 the end of a campaign's or a slogan's name (平安|中国, 健康|中国)
_CHINA_AS_PART = ("平安", "健康", "美丽", "法治", "数字")
#: bare levels listed after 中央 (中央|和省、市、县委, 中央、省、市): levels of a policy, no bodies (but 中央和省委)
_LEVELS_AFTER = re.compile(r"[和、及][省市县](?![委政])")
#: levels listed as one word, after which a unit's name is every one of a kind (等|省区市政协…)
_LEVEL_LISTS = ("省区市", "省市区", "省市县", "省市")
#: a floor of a building and the size of a room on it, before the room (…人民政府|三楼大|会议室)
_FLOOR = re.compile(r"[一二三四五六七八九十0-9０-９]{1,3}[楼层][大小]?$")
#: the end of attending or watching, which the tagger may glue to the meeting after it (参加完|全国…会议)
_DONE, _WATCHING = "完", ("参加", "收看", "收听收看", "观看", "出席")
#: the day's own meeting written with 的 (主持了今天的|会议), unlike another one (上级的|会议)
_TODAYS = ("今天的", "今日的", "当天的", "当日的")
#: words of age that open a building's name after a venue's preposition (在|新|行政楼)
_AGES = ("新", "老")
#: the characters of administrative levels, which alone name no meeting (市县会议, 省市会议)
LEVEL_CHARS = "中央省市县区州乡镇"
#: what ends a sentence, which no quoted slogan does
_SENTENCE_ENDS = ("。", "！", "？", "!", "?")
#: the ways a meeting is held, which name none (参加视频会议)
_MEETING_MEDIA = ("视频会议", "电视电话会议", "视频会", "电视电话会")
#: a party committee's plenary session, which no verb names (对照|全会的决策部署)
_PLENUM = "全会"
#: plenums listed before the last one's 全会 (十八届三中、四中、|五中全会)
_PLENUMS_BEFORE = re.compile(r"(?:[一二三四五六七八九十]+届)?(?:[一二三四五六七八九十]中[、和及与])+$")
#: a plenum named by its ordinal alone (五中|全会)
_ORDINAL_PLENUM = re.compile(r"[一二三四五六七八九十]中")
#: what makes a meeting a plenary one, before its suffix (全体|扩大会议)
_PLENARY = "全体"
#: how a place that contains the next one written after it ends (福建省|福州市, 吴角乡|上湖村)
_ADDRESS_LEVELS = ("省", "自治区", "市", "县", "区", "乡", "镇")
#: what ends the clause a name may fill
_CLAUSE_END = "，,。；;：:！？!?、"
#: a doctrine's noun after a quoted phrase and 的, which makes the phrase a named idea (“聚天下英才而用之”的|理念)
_DOCTRINE_AFTER = re.compile(r"的(?:理念|原则|方针|战略|思想)")
#: a quoted phrase is a slogan (a Concept) when it counts (“四个意识”, “456”) or has several parts
#: (“守初心、担使命”, “生态荥经﹒鸽子花都”; two parallel halves: “网络安全为人民 网络安全靠人民”; “双过半”, not
#: “双节”); a quoted plain word (“水客”, “化整为零”) is not
_SLOGAN = re.compile(r"[0-9０-９一二三四五六七八九十两百千]|^.双[^”\"]{2}|.[、，,；·﹒・].|^.(..)[^ 　]*[ 　]\1")
#: two halves of one length a space parts, a slogan too (“走基层 送温暖”; not “固始公安亮剑 逃犯落网”, a headline)
_HALVES = re.compile(r"^.([\u4e00-\u9fff]{2,8})[ 　]([\u4e00-\u9fff]{2,8}).$")
#: the bare operation word: it names an operation only after the operation's code (“海燕2023”联合缉私|行动)
_BARE_OPERATION = "行动"
#: an operation named by its task against smuggling or crime (打击海上成品油走私|专项行动)
_TASK_NAMED = re.compile(r"(?:打击|查缉|整治|严打|治理|清理)[^，,。；;、]*(?:走私|犯罪|违法)")
#: what joins the last item of a list to the ones before it (…、黄埔和江门海关)
_LAST_JOINERS = ("、", "和", "及")
#: the mark between the items of a list
_LIST_MARK = "、"
#: what only a person named after a title does next, however the tagger read the name (区长|续明/v|主持会议)
_ACTS_OF_A_NAME = ("主持", "出席", "参加", "一行", "同志", "强调", "指出")
#: the two-character joiner whose 及 is one of them (湛江、福州以及|香港海关)
_AS_WELL_AS = "以及"
#: a quoted operation's code that names the operation (“龙腾行动2023”, “雷霆行动”)
_OPERATION_CODE = re.compile(r"^[“\"][^“”\"，,、。；;！？的地]{1,6}(?:行动|战役)(?:[0-9０-９]{2,4})?[”\"]$")
#: the verb of a unit acting with another, which NER may read into the other's name (联合|斗门海关缉私局)
_JOINING = "联合"
#: the anti-smuggling bureaus of customs (斗门海关缉私局, 湛江海关缉私分局)
_ANTI_SMUGGLING = ("缉私局", "缉私分局")
#: how a quoted operation's whole name ends (“严防外来物种入侵三年专项行动”): an operation, no slogan
_OPERATION = "行动"
#: a campaign's code with its year (“国门利剑2018”) or a vessel's name with its number (“汇航5”, “宇顺228”): no slogan
_CODE_END = re.compile(r"(?:[^0-9０-９][0-9０-９]{4}|[\u4e00-\u9fff][0-9０-９]{1,3})[”\"]$")
#: a quoted code of a case, no slogan (“2015.11.11”, “4·15”), and a tally that makes a quote a report, not a
#: slogan (“南市区抓获1名命案逃犯”)
_CASE_CODE = re.compile(r"[“\"][0-9０-９.．·・•\-—]+[”\"]$")
_TALLY = re.compile(r"[0-9０-９]+(?:名|人|起|件|宗|吨|公斤|万|亿)")
#: bodies or meetings counted, not a slogan (村(社区)“两委”, “三会”筹备: two committees, three meetings)
_BODIES = re.compile(r"[“\"][两三四五六七八九十][委会][”\"]")
#: an honour, not a slogan: a quote before 称号 or after 荣获/授予 (授予…“全国五一劳动奖状”, “人民满意公务员”称号)
_HONOUR_AFTER = re.compile(r"(?:荣誉)?称号|荣誉|奖状|奖章|奖杯|锦旗")
_HONOUR_BEFORE = re.compile(r"(?:荣获|获得|授予|评为|获评|荣膺|颁发)$")
#: the rest of an honour's name before its 称号 (“五四”|红旗团委荣誉称号)
_TITLE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:荣誉)?称号")
#: the rest of a festival's name after its quoted day (“五一”国际劳动节, “六一”儿童节)
_FESTIVAL_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}节")
#: characters that make 等 part of a word (高等法院, 中等职业学校, 平等), not the end of a list
_DEGREES = "高中初同平均对相超"
#: 各 before a unit, with the levels it spans (各|区政府, 各区(市)|县总工会, 各级|税务局党委, 各市、|县粮食局, not
#: 各乡镇、|县公安局): every unit of a kind
_EACH = re.compile(r"各(?:[省市县区州]、)*[级省市县区州乡镇(（)）]{0,5}$")
#: a level listed before a unit of another level: the units of both levels (市、|县(区)地震局; not a committee:
#: 省、市、|县委 is the article's county's)
_LEVEL_LISTED = re.compile(r"(?:^|[的和及，,、；;：:])[省市县区州]、$")
#: the task written between an operation's quoted code and its operation word, within one clause
_TASK_AFTER_CODE = re.compile(r"[”\"]([^“”\"，,。；;、：:！？!?（）()和与的等]{1,20})$")
#: a branch's place and a title closing a unit's span (民革|洛阳市|主委)
_BRANCH_TITLE = re.compile(r"[\u4e00-\u9fff]{1,3}[省市县区州]([\u4e00-\u9fff]{2,4})")
#: the number of a body's term or session that opens a meeting's name (十届…, 第三次…)
#: the edition written right before a quoted event's name (第十四届|“中国统计开放日”活动)
_EDITION_BEFORE = re.compile(r"(?:第[0-9０-９一二三四五六七八九十百]+|首)[届期]$")
_SESSION = re.compile(r"[0-9０-９一二三四五六七八九十百]+届|第[0-9０-９一二三四五六七八九十百]+[次届]")
#: the word for units (成员单位): what comes after it is a unit of its own
_UNITS = "单位"
#: a standing arrangement or a paper named after a kind of meeting, no meeting held (建立|主要负责人联席会议|制度,
#: 联席会议|成员单位, 形成|会议|备忘录)
_INSTITUTION_AFTER = ("制度", "机制", "成员单位", "作用", "纪要", "备忘录")
#: spans of time, not dates: 2015年以来, 20周年, 前4个月, 20年
_DURATION = re.compile(r"(?:以来|周年|个月|多月|多年|余年|年来|年多|分钟|小时|起|以后|之后|以前|之前|小时内|天内)$"
                       r"|^(?:过去|第)|^[0-9０-９]{1,3}年$|^[上下前近]?[一二三四五六七八九十两]+年$|^[0-9０-９一二三四五六七八九十百两多余]+天$")
#: a zone of a city, whatever the tagger calls it (高新区, 开发区): a place
_ZONE = re.compile(r"[\u4e00-\u9fff]{1,3}区")
#: a count before a name: 15个|省委巡视组
_COUNT = r"[0-9０-９一二三四五六七八九十百千两]+"
_COUNTED = re.compile(_COUNT + r"(?:多|余)?[个家名]")
#: a span of years or a term before a unit, no part of its name (过去五年|县残联, 新一届|县残联)
_TERM_BEFORE = re.compile(r"(?:过去|近|新|上|本|下)?(?:" + _COUNT + r"年|一届)")
#: a count of units inside what a suffix ends: 全国500多家|出版社, 县委四个|巡察组, 世界500强|中国电建集团 (not
#: 第十二个五年规划)
_COUNTED_INSIDE = re.compile(r"(?<![第0-9０-９一二三四五六七八九十百千两])" + _COUNT + r"(?:(?:多|余)?[家个]|强)")
#: the end of a list of firms: 等, a count, what kind they are, 企业 (…、长安福特等外贸外资企业, …等10余家企业; not
#: 企业家)
_FIRMS_END = re.compile("等(?:" + _COUNT + r"(?:多|余)?家)?[\u4e00-\u9fff]{0,8}?企业(?!家)")
#: the longest name in a list of firms, and what it is written in
_FIRM_MAX = 12
_FIRM_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+")
#: the levels a body after a list of places is of, counted or not (等|省区市政协, 等|10省区市…领导小组)
_COUNTED_LEVELS = re.compile(f"(?:{_COUNT}个?)?[{LEVEL_CHARS}]")
#: the longest name of a firm a case is named after, between its place and 特大 (厦门|远华|特大走私案)
_CASE_FIRM_MAX = 4
#: a unit's other name in parentheses (中央党校(国家行政学院)), and what may stand between it and a meeting it names
_OPEN_PARENS, _CLOSE_PARENS = ("(", "（"), (")", "）")
_AKA_GAP = 1
#: the shortest meeting's name on either side of 和 inside one name (县政府党组会议|和|…常务会议)
_MIN_MEETING = 4
#: a level's party committee, ending a unit's name (张家口|市委, 澧县|县委)
_LEVEL_COMMITTEE = re.compile(r"[省市县区州]委$")
#: what makes the title before it the rostrum (主席|台前排就座)
_PLATFORM = "台"
#: the party whose committee a level's committee is, written before its place (中共|上海市委)
_CPC = "中共"
#: the year an operation's name opens with, which makes it that year's campaign (2026年跨境贸易便利化专项行动)
_YEAR_NAMED = re.compile(r"(?:19|20)[0-9]{2}年(?!以来|来|起|底|初|末)")
#: marks of a proper name inside a unit's name: Latin letters, quotes, title marks (“海关开放日”中心, IBM公司)
_LATIN_OR_QUOTE = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ“”\"《》]")
#: function words that never stand inside a person's name after its surname (全会|由 is no name)
_FUNCTION_CHARS = frozenset("由在和与及并等的了是为对把被将从向于以就经")
#: the shortest unit name on either side of a co-agent word inside one NER span
_MIN_UNIT = 3


@stage("mentions", requires=("sentences",), assigns=("mentions",))
def mentions(ctx: Context) -> StageFn:
    """Mentions of every sentence (article offsets); a name the article gives as a place is no person where
    NER alone calls it one (汲取湛江/nr 案件教训, 湛江/ns 特大走私案), a name it gives with a title is no place
    (市长马泽江 …，马泽江/ns 代表; 于/nr 广洲/ns …署长于广洲), a name NER cut one character off or glued one to is
    written as the article writes it with a title (局长王金周 …，王金/PER|周强调), and a surname before a title names
    the person of that surname named before (胡伟…，胡|副署长指出: the discourse stage says who)."""
    finder = MentionFinder(ctx.lexicon)
    surnames = ctx.lexicon.surnames

    def run(doc: ArticleDoc) -> None:
        found = _named_again(doc.sentences, [finder.find(s) for s in doc.sentences])
        places = {m.text for ms in found for m in ms if m.type == "Location"}
        titled = {m.text for ms in found for m in ms if m.type == "Person" and m.source == S.TITLE}
        text, named = doc.article.text, set()
        doc.mentions = []
        for ms in found:
            out = []
            for m in ms:
                if m.type == "Location" and m.source == S.NER and m.text in titled:
                    m = replace(m, type="Person")  # 市长马泽江 …，马泽江/ns 代表…: the mayor, not a place
                elif m.type == "Location" and m.source == S.NER and m.start and text[m.start - 1:m.end] in titled:
                    m = Mention(m.start - 1, m.end, text[m.start - 1:m.end], "Person", S.NER)  # 于/nr 广洲/ns: 于广洲
                elif m.type == "Person" and m.source == S.NER and m.text in places and m.text not in titled:
                    m = replace(m, type="Location")
                elif m.type == "Person" and m.source == S.NER and m.text not in titled and (
                        (len(m.text) > 2 and m.text[:-1] in titled) or text[m.start:m.end + 1] in titled):
                    e = m.end - 1 if m.text[:-1] in titled else m.end + 1  # 宋海|率/PER, 王金/PER|周: the name as
                    m = Mention(m.start, e, text[m.start:e], "Person", S.NER)  # the article writes it with a title
                elif m.type == "Position" and m.start and text[m.start - 1] in named and \
                        not any(o.start < m.start <= o.end for o in ms):  # 李明|市长, 集团公司|总经理
                    m = Mention(m.start - 1, m.end, text[m.start - 1:m.end], "Person", S.TITLE)  # 胡|副署长
                out.append(m)
            named |= {m.text[0] for m in out if m.type == "Person" and m.source.named and m.text[0] in surnames}
            doc.mentions.append(out)

    return run


def _former(sent: Sentence, ms: list[Mention], ends: dict[int, int]) -> list[Mention]:
    """A title written after 原 as a word of its own is a former post, named with it (沙河镇|原|党委书记刘晓伟:
    原党委书记; not 镇原|县长)."""
    return [replace(m, start=m.start - 1, text=_FORMER + m.text)
            if m.type == "Position" and (tok := ends.get(m.start)) is not None and sent.tokens[tok] == _FORMER else m
            for m in ms]


def _named_again(sentences: list[Sentence], found: list[list[Mention]]) -> list[list[Mention]]:
    """A unit NER names in one sentence is that unit where another sentence writes it whole between tokens and
    no mention crosses it (长江防总总指挥/ORG …；长江/ns|防/ns|总/d|召开: 长江防总, not the river)."""
    units = {m.text for ms in found for m in ms if m.type == "Organization" and m.source == S.NER
             and len(m.text) >= _UNIT_MIN}
    out = []
    for sent, ms in zip(sentences, found, strict=True):
        starts, ends = {b for b, _ in sent.spans}, {e for _, e in sent.spans}
        for name in units:
            for hit in re.finditer(re.escape(name), sent.text):
                b, e = sent.start + hit.start(), sent.start + hit.end()
                if b in starts and e in ends and not any(
                        m.start < e and b < m.end and not (b <= m.start and m.end <= e and (m.start, m.end) != (b, e))
                        for m in ms):
                    ms = [m for m in ms if not b <= m.start < e] + [Mention(b, e, name, "Organization", S.NER)]
        out.append(sorted(ms, key=lambda m: m.start))
    return out


class MentionFinder:
    """Finds typed mentions in annotated sentences using the schema's lexicon.

    Candidates are :class:`Mention` objects in sentence offsets until :meth:`find` shifts them.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        #: units' suffixes of two or more characters, longest first (海关, 缉私局): no person's name ends in one
        self._unit_suffixes = tuple(w for w in lexicon.suffixes.get("Organization", ()) if len(w) > 1)
        #: groups named after the campaign they guide or lead (…主题教育指导组, …教育实践活动领导小组)
        self._groups = tuple(w for w in self._unit_suffixes if w.endswith(_TASK_BODIES))
        #: verbs a unit's name never holds after a unit's suffix: what it carries out or directs (厦门海关|贯彻落实…)
        self._unit_verbs = (*lexicon.study_verbs, *lexicon.directing_verbs)
        #: what a unit does, which NER may glue after its name (海关总署缉私局|统一组织)
        self._unit_acts = (*lexicon.co_agents, *lexicon.directing_verbs)
        #: what ends a unit's or a place's name: no field of a department before 和 (…科普馆|和|市防震减灾中心)
        self._named_ends = (*lexicon.suffixes.get("Organization", ()), *lexicon.suffixes.get("Location", ()))
        #: what a unit's name, or an office inside one, ends with (…海关, …科)
        self._unit_ends = (*self._named_ends, *_UNIT_NOUNS)
        #: what ends a meeting's name (会议, 代表大会, 少代会), which NER may take for a unit's
        self._meetings = tuple(w for w in lexicon.suffixes.get("Event", ()) if len(w) > 1)
        #: the words that end an operation's name after its quoted code (“獴猎”行动)
        self._operations = tuple(lexicon.quoted_suffixes.get("Event", ()))
        held = "|".join(sorted((v for v in lexicon.meeting_verbs if not v.startswith("主持")), key=len, reverse=True))
        #: a verb that holds a meeting, which NER may glue between a place and the meeting's name (宣威市|召开|…)
        self._held_in = re.compile(f"(?:组织)?(?:{held})")
        self._repeated = re.compile(f"{_AGAIN}(?:{held}|组织)了?$")  # (多次召开|对接会)
        #: words between a unit and one under or over it (所属, 隶属于): no name runs over them
        self._joints = lexicon.subordinate_words | lexicon.superior_words
        #: words that join two units NER may take for one (联合, 会同; 所属, 隶属于)
        self._unit_joints = (*lexicon.co_agents, *sorted(self._joints, key=len, reverse=True))
        #: unit suffixes that open with such a word (供销合作社|联合社, 妇女|联合会): no joint there
        self._joint_suffixes = tuple(w for w in lexicon.suffixes.get("Organization", ())
                                     if w.startswith(self._unit_joints))
        #: what may be glued to the end of a tagged name: honorifics, then titles, longest first
        self._name_tails = (*lexicon.honorifics, *sorted(lexicon.positions, key=len, reverse=True))
        #: titles by their first character, to find one that begins inside a unit's name
        self._titles_by_first: dict[str, list[str]] = {}
        for w in lexicon.positions:
            self._titles_by_first.setdefault(w[0], []).append(w)
        #: the words that name a level of government alone, longest first (全省, 中央, 县)
        self._level_words = tuple(sorted({"中央", "国家", *lexicon.levels, *("全" + w for w in lexicon.levels)},
                                         key=len, reverse=True))
        #: the kinds of meeting whose names end in 会 (推进会, 座谈会): 会议 after one is no part of its name
        self._meeting_kinds = tuple(w for w in lexicon.suffixes.get("Event", ()) if w.endswith("会") and len(w) > 1)
        #: the verbs of several characters that follow a name (传达, 陪同): one NER may glue to the name's end
        self._verb_followers = tuple(w for w in lexicon.name_followers if len(w) > 1 and _CJK.match(w))
        self._suffix_res = [(type_, suffix, re.compile(re.escape(suffix)))
                            for type_, suffixes in lexicon.suffixes.items() for suffix in suffixes]
        #: per (type, suffix): the longer suffixes of other types that contain it, and where (会议 in 会议中心 at 0)
        self._covering = {(t, s): tuple((w, k) for other, ws in lexicon.suffixes.items() if other != t for w in ws
                                        if len(w) > len(s) for k in range(len(w) - len(s) + 1) if w.startswith(s, k))
                          for t, ss in lexicon.suffixes.items() for s in ss}
        #: common nouns for bodies that are no suffix of a name (单位, 部门, 机关)
        self._body_nouns = frozenset(lexicon.generic.get("Organization", ())) - set(
            lexicon.suffixes.get("Organization", ()))

    def find(self, sent: Sentence) -> list[Mention]:
        """All mentions of ``sent`` (article offsets), overlaps resolved longest-first."""
        text, base = sent.text, sent.start
        ends = {e - base: i for i, (_, e) in enumerate(sent.spans)}
        starts = {b - base: i for i, (b, _) in enumerate(sent.spans)}
        atoms = self._atoms(sent, starts, ends)
        cands = list(atoms)
        cands += self._suffix_names(sent, ends, atoms)
        cands += self._quoted(text)
        cands += _firms(sent, ends)
        documents = [d.span() for d in DOCUMENT_TITLE.finditer(text)]  # 《…五星书记…方案》: nothing inside
        cands = [c for c in cands if not any(db <= c.start and c.end <= de and (c.start, c.end) != (db, de)
                                             for db, de in documents)]
        units = [a for a in atoms if a.type == "Organization" and a.source == S.NER
                 and a.text.endswith(self._unit_suffixes)]  # 全国政协十三届二次会议|秘书处…党支部: a unit's name
        cands = [c for c in cands if not (c.type == "Event" and c.source == S.SUFFIX and any(
            u.start <= c.start and c.end < u.end for u in units))]
        byline = parse_dateline(text, self.lex, [(a.start, a.end) for a in atoms if a.type == "Location"]) or \
            parse_trailer(text, self.lex)
        if byline is not None:  # the byline names only reporters and their titles (全媒体|记者 is no name)
            b, e = byline.byline
            cands = [c for c in cands if not b <= c.start < e] + self._byline(text, byline)
        ms = _led_places(text, _members(text, _untitled(_addresses(_date_ranges(text, _party_branches(
            _committee_and_government(self._resolve_overlaps(self._office_heads(text, cands))),
            self.lex.democratic_parties)), self.lex.regions))), self.lex.leader_nouns)
        ms = _former(sent, _committees_of_titles(_hosted_by_aka(text, self._hosting_towns(text, ms)), atoms), ends)
        return [self._by_what_precedes(text, self._single_kind(part)).shifted(base) for m in ms
                if not self._attributive(sent, m, starts) for part in self._joined_events(text, m)]

    def _hosting_towns(self, text: str, ms: list[Mention]) -> list[Mention]:
        """A town or subdistrict that opens its clause and holds a meeting is its government (板浦镇|召开…动员部署会):
        the blind gold makes such a town a unit that holds (a county or a city is where the meeting is)."""
        return [replace(m, type="Organization") if m.type == "Location" and m.text.endswith(_TOWN_LEVELS) and
                hosting(text, ms, k, self.lex.meeting_verbs) else m for k, m in enumerate(ms)]

    def _joined_events(self, text: str, m: Mention) -> list[Mention]:
        """A congress the lexicon names, 和, and another meeting are two (党的二十大和|二十届中央纪委三次全会), and so
        are two named meetings (县政府党组会议|和|县政府2025年第16次常务会议), however the tagger glued 和 (大和/n,
        会议和县政府/n); the first keeps the 党的 before it."""
        if m.type != "Event" or not m.text.endswith(self.lex.suffixes.get("Event", ())):
            return [m]
        first = self.lex.event_re.match(m.text)
        cut = first.end() if first is not None else next(
            (k for k in range(_MIN_MEETING, len(m.text) - _MIN_MEETING) if m.text[k] in _LAST_JOINERS[1:]
             and m.text.endswith(self._meetings, 0, k) and text[m.end:m.end + 1] not in _CLOSING_QUOTES), -1)
        if cut < 0 or m.text[cut:cut + 1] not in _LAST_JOINERS[1:]:
            return [m]
        b, end = m.start - len(_PARTY) * text.endswith(_PARTY, 0, m.start), m.start + cut
        return [Mention(b, end, text[b:end], "Event", m.source),
                Mention(end + 1, m.end, text[end + 1:m.end], "Event", m.source)]

    def _single_kind(self, m: Mention) -> Mention:
        """A meeting named by its kind and then 会议 again is the meeting of that kind (…推进会|会议精神: 会议
        refers to it); a body's meeting keeps it (市委常委会会议)."""
        inner = m.text[:-len(_MEETING)]
        if m.type == "Event" and m.text.endswith(_MEETING) and inner.endswith(self._meeting_kinds):
            return Mention(m.start, m.end - len(_MEETING), inner, m.type, m.source)
        return m

    def _attributive(self, sent: Sentence, m: Mention, starts: dict[int, int]) -> bool:
        """Whether a unit of ``attributive_units`` only gives the level of the noun after it (中央|环保督察)."""
        return m.type == "Organization" and m.text in self.lex.attributive_units and m.end in starts and \
            bool(sent.pos) and sent.pos[starts[m.end]] in ("n", "vn", "nz")

    def _by_what_precedes(self, text: str, m: Mention) -> Mention:
        """A unit after or opened by 各, or after 等地 or 等 and levels, is every one of a kind (各|区政府,
        各区(市)|县总工会, 各镇各部门, 等地|海关, 北京、天津等|省区市政协民族宗教委员会; 中央|和省、市: the levels
        of a policy, no body), and one written as a
        reference refers back (市院/nt); a body held by a meeting verb, or that one speaks at, is its meeting
        (主持召开|区委常委会, 在|县委常委会|上)."""
        if m.type != "Organization":
            return m
        if _EACH.search(text, 0, m.start) or m.text.startswith("各") or (
                _LEVEL_LISTED.search(text, 0, m.start) and m.text.startswith(self.lex.levels) and
                not m.text.endswith(_COMMITTEES)) or _places_end(text, m.start) or \
                (m.text in self.lex.attributive_units and _LEVELS_AFTER.match(text, m.end)) or \
                (text.endswith("等", 0, m.start) and m.text.startswith(_LEVEL_LISTS)) or \
                any((b, e) == (0, len(m.text)) for b, e, _ in self.lex.unit_references.parse_longest(m.text)):
            return replace(m, source=S.GENERIC)
        if m.text.endswith(self.lex.meeting_bodies) and (text[:m.start].removesuffix("了").endswith(
                self.lex.meeting_verbs) or (text.endswith(_AT_MEETING[0], 0, m.start) and
                                           text.startswith(_AT_MEETING[1], m.end))):
            return replace(m, type="Event")  # (在|县委常委会|上的讲话: a sitting)
        return m

    # -- candidates (sentence offsets) -------------------------------------------------
    def _atoms(self, sent: Sentence, starts: dict[int, int], ends: dict[int, int]) -> list[Mention]:
        """NER spans, gazetteer hits, cases and dates: the units a suffix name may contain."""
        text, base, lex = sent.text, sent.start, self.lex
        out: list[Mention] = []
        listed = lex.gazetteer.parse_longest(text)
        titles = {b: e for b, e, type_ in listed if type_ == "Position"}
        for _, label, b, e in sent.ner:
            type_ = lex.ner_map.get(label)
            if type_ is None or b >= len(sent.spans) or e > len(sent.spans):
                continue
            cb, ce = (c - base for c in sent.token_chars(b, e))
            if type_ in ("Organization", "Location") and b and len(sent.tokens[b - 1]) == 1 and sent.pos and \
                    sent.pos[b - 1] in _PLACE_POS and _CJK.match(sent.tokens[b - 1]):
                cb -= 1  # 拱/nt 北海关…/ORG, 凭/ns 祥海关/ORG: the first character of the place, cut off by the tagger
            if _unclosed(text[cb:ce]) and text[cb - 1:cb] in "(（" and (opening := ends.get(cb - 1)) is not None:
                cb -= len(sent.tokens[opening]) + 1  # 中国/ns (|绵阳)科技城…中心/LOC: the word the bracket names
            if type_ == "Person" and b and sent.pos and sent.pos[b - 1] in _PERSON_POS:
                if sent.tokens[b - 1] in lex.surnames:
                    cb -= len(sent.tokens[b - 1])  # 习/nr 近平/nr: the surname the tagger split off
                elif text[cb - 1:cb + 1] in lex.surnames:
                    cb -= 1  # 令/nr 狐安/nr: a two-character surname cut in two
            if type_ == "Organization" and e - b >= 2 and (sent.tokens[b] in lex.office_links or
                                                          sent.tokens[b] in lex.co_agents):
                cb += len(sent.tokens[b])  # 许栋|任/nt 市交通局/nt: the verb of holding an office, glued by NER;
                # 执法艇|联合/nt 揭阳市公安局/nt: the word joining the unit to the one before
            if type_ == "Organization" and e < len(sent.tokens) and _NUMBERED_UNIT.fullmatch(sent.tokens[e]):
                ce += len(sent.tokens[e])  # 中国人民解放军|32122部队: a unit numbered inside its parent
            if type_ == "Organization" and (branch := next((k for k in range(cb + 2, ce) if (
                    hit := _BRANCH_TITLE.fullmatch(text, k, ce)) and titles.get(hit.start(1)) == ce and
                    text[cb:k].endswith(lex.suffixes[type_])), None)) is not None:
                ce = branch  # 民革|洛阳市|主委/ORG: the unit, its branch's place and a title
            elif type_ == "Organization" and text[cb:(cut := _before_title(cb, ce, titles))].endswith(
                    lex.suffixes[type_]) and cut - cb >= 2:
                ce = cut  # 区政协党组/ORG 副书记: 区政协, 党组副书记 (but 宜昌市委/ORG 书记, 厅党组/ORG 成员 stay)
            if type_ == "Organization" and ce in titles:
                ce = self._society_end(text, cb, ce)  # 廊坊市红十字会第一届监事会/ORG 副监事长
            out.extend(self._clean_ner(text, cb, ce, type_))
        for tok, tag in enumerate(sent.pos):  # 省发展改革委/nt: a name the tagger knows, ending as its type's names do
            type_ = lex.pos_names.get(tag)
            b, e = (x - base for x in sent.spans[tok])
            e = _before_title(b, e, titles)  # 深圳海关党委/nt 书记
            e = self._society_end(text, b, e) if e in titles else e  # 廊坊市红十字会第一届监事会/nt 监事长
            word = text[b:e]
            if type_ and len(word) > 1 and word.endswith(lex.suffixes.get(type_, ())) and \
                    not lex.is_generic(type_, word):  # (厅/nt alone is no unit)
                out.extend(self._clean_ner(text, b, e, type_))
        quoted = [q.span() for q in _QUOTED.finditer(text)]
        for b, e, type_ in listed:
            if type_ == "Position" and (self._inside_body(sent, b, e) or any(qb < b and e < qe for qb, qe in quoted)
                                        or text.startswith(_PLATFORM, e)):
                continue  # 省委常委|会, “关长接待日”: part of a name, nobody's title; 主席|台: the rostrum
            if type_ == "Position" and b not in starts:
                b = self._after_unit(sent, b, e, ends)
            if type_ != "Position" and ((self._cuts_word(sent, b, e, ends) and not (b in starts and e in titles)) or
                                        (text.endswith("部", b, e) and text.startswith("门", e))):
                continue  # 民政|部门: a name that runs into the next word and stops inside it (no 民政部), or
                # inside one word (公安部门/n); but 学校/n 党委书记/n: a unit from a word's start, and a title the
                # word goes on with (not 人民医|院党委|书记)
            if type_ == "Organization" and (nxt := starts.get(e)) is not None and \
                    _NUMBERED_UNIT.fullmatch(sent.tokens[nxt]):
                e += len(sent.tokens[nxt])  # 中央统战部|二局/m: a numbered bureau inside its ministry
            if b in starts or e in ends or type_ == "Position":
                out.append(Mention(b, e, text[b:e], type_, S.LEXICON))
        for m in lex.case_re.finditer(text):  # 郑州|“12·9”…抢劫银行案: the place a case is named after opens it
            b = next((a.start for a in out if a.type == "Location" and a.end == m.start()), m.start())
            out.append(Mention(b, m.end(), text[b:m.end()], "Case", S.CASE))
        for m in lex.place_case_re.finditer(text):  # 湛江|特大走私、受贿案, 厦门|远华|特大走私案
            place = next((a for a in out if a.type == "Location" and (a.end == m.start() or (
                2 <= m.start() - a.end <= _CASE_FIRM_MAX and _CJK_NAME.match(text[a.end:m.start()]) and
                not _FUNCTION_CHARS & set(text[a.end:m.start()]) and
                not text.endswith(self._unit_suffixes, 0, m.start())))), None)
            if place is not None:
                out.append(Mention(place.start, m.end(), text[place.start:m.end()], "Case", S.CASE))
        for m in lex.numbered_group_re.finditer(text):  # 市委/nt|第三巡/m 察组/n
            b = next((a.start for a in out if a.type == "Organization" and a.end == m.start()), m.start())
            out.append(Mention(b, m.end(), text[b:m.end()], "Organization", S.SUFFIX))
        out += [Mention(m.start(), m.end(), m.group(), "Organization", S.SUFFIX)
                for m in lex.collective_re.finditer(text)]  # 全省|政法机关: a level's organs of a field
        for m in lex.date_re.finditer(text):
            out.append(Mention(m.start(), m.end(), m.group(), "Date", S.DATE))
        for m in (*lex.event_re.finditer(text), *lex.observed_re.finditer(text)):
            out.append(Mention(m.start(), m.end(), m.group(), "Event", S.LEXICON))
        for i, ch in enumerate(text):
            local = i in starts and sent.pos[starts[i]] in _CITY_POS and sent.tokens[starts[i]] == ch and \
                text.startswith(lex.meeting_verbs, i + 1)  # 在|淄/ns|召开: a city the table lacks, where a meeting is
            if (ch in lex.place_abbreviations or local) and i and text[i - 1] in "在赴到来抵离" and (i + 1) in ends:
                out.append(Mention(i, i + 1, ch, "Location", S.LEXICON))
        out += self._titled_persons(sent, out, starts) + self._tagged_next_to_title(sent, out, starts, ends)
        out += self._dotted_persons(sent)
        out += self._listed_names(sent, out, starts)
        for b, e, _ in lex.case_references.parse_longest(text):
            if b in starts:
                out.append(Mention(b, e, text[b:e], "Case", S.GENERIC))  # 该案: the case named before
        for b, e, _ in lex.unit_references.parse_longest(text):
            if b in starts and (e in ends or e in titles):  # 该局|局长, 该/r 关|关长 (not 该|局长, 该|局面)
                out.append(Mention(b, e, text[b:e], "Organization", S.GENERIC))
        return [a for a in out if a.text not in lex.not_names]

    @staticmethod
    def _dotted_persons(sent: Sentence) -> list[Mention]:
        """Names written with a middle dot, whole (阿不都/nr 热依木/nr ·阿不力米提/nr): the run of tokens
        tagged as person names around a dot (not 沃尔特·里德陆军研究所/nt)."""
        out, tokens, tags, base = [], sent.tokens, sent.pos, sent.start
        if not tags:
            return out
        named = [tags[i] in _PERSON_POS or (tokens[i] == "·" and tags[i] == "w") for i in range(len(tokens))]
        i = 0
        while i < len(tokens):
            if not named[i]:
                i += 1
                continue
            j = i
            while j < len(tokens) and named[j]:
                j += 1
            run = "".join(tokens[i:j])
            parts = run.strip("·").split("·")
            if len(parts) > 1 and all(_CJK.search(p) for p in parts):
                b, e = (x - base for x in (sent.spans[i][0], sent.spans[j - 1][1]))
                out.append(Mention(b, e, sent.text[b:e], "Person", S.DOTTED))
            i = j
        return out

    def _after_unit(self, sent: Sentence, b: int, e: int, ends: dict[int, int]) -> int:
        """Where a title that begins inside a unit's tagged name starts: after the unit, when the rest is a
        title and the unit's part is no committee's (联络办公室/nt|主任; but 深圳海关|党委书记 keeps its title)."""
        text, base = sent.text, sent.start
        unit = next(((tb - base, te - base) for tb, te in sent.spans if tb - base < b < te - base < e), None)
        if unit is not None and text[unit[1]:e] in self.lex.positions and sent.pos and \
                sent.pos[ends[unit[1]]] in _UNIT_POS and (not text.endswith(_COMMITTEES, 0, unit[1]) or
                                                         text.startswith(_LEAGUE, unit[0])):
            return unit[1]  # (共青团益阳市委/nt|副书记: the league's committee, not the city's)
        return b

    def _inside_body(self, sent: Sentence, b: int, e: int) -> bool:
        """Whether a title ends inside a token that names a body (省委常委|会, 党委委员|会)."""
        tok_end = next((te - sent.start for tb, te in sent.spans if tb - sent.start < e < te - sent.start), None)
        return tok_end is not None and sent.text[b:tok_end].endswith(self.lex.suffixes.get("Organization", ()))

    def _titled_persons(self, sent: Sentence, atoms: list[Mention], starts: dict[int, int]) -> list[Mention]:
        """Names next to a title: 署长于广洲、… and 袁宝成市长 (surname + one or two characters), never with
        the verb the tagger puts after them (局长刘涛|说/v) or a character of the word after them (市长刘锋|所作)."""
        lex, text, out = self.lex, sent.text, []
        for a in atoms:
            if a.type != "Position":
                continue
            b, e = a.start, a.end
            for n in (3, 2):  # after the title
                name = text[e:e + n]
                verb = starts.get(e + n - 1)
                runs_on = verb is not None and (sent.spans[verb][1] - sent.start > e + n or (
                    sent.pos and sent.pos[verb] in _VERB_POS and sent.spans[verb][1] - sent.start == e + n))
                if n == 3 and (runs_on or self._verb_glued(text, e, e + n) or
                               self._tagged_before_word(sent, e, starts)):
                    continue  # (副局长王旭作|讲话: 作 is the verb's; 关长吴静/nr|还/d 与…: the adverb's)
                if n == 2 and (tok := starts.get(e)) is not None and sent.spans[tok][1] - sent.start == e + n and \
                        sent.pos and sent.pos[tok] in _VERB_POS and not text.startswith(_ACTS_OF_A_NAME, e + n):
                    continue  # 副市长|安排/v 部署了: a verb, no name (but 区长|续明/v|主持会议: a name)
                joined = name.endswith("和") and self._is_name(name[:-1]) and text[e + n:e + n + 1] in _CLAUSE_END
                if (self._is_name(name) or joined) and text[e + n:].startswith(lex.name_followers):
                    out.append(Mention(e, e + n, name, "Person", S.TITLE))  # (副县长李共和|,: 和 ends the name)
                    break
            for n in (3, 2):  # before the title
                name = text[max(0, b - n):b]
                if len(name) == n and self._is_name(name) and (b - n == 0 or text[b - n - 1] in "、，,。；：（( ") \
                        and self._tagged_as_name(sent, b - n, starts):
                    out.append(Mention(b - n, b, name, "Person", S.TITLE))
                    break
        return out

    @staticmethod
    def _tagged_before_word(sent: Sentence, b: int, starts: dict[int, int]) -> bool:
        """Whether the tagger reads a two-character name at ``b`` and a function word of one character right after it
        (吴静/nr|还/d, 李明/nr|在/p)."""
        tok = starts.get(b)
        return tok is not None and tok + 1 < len(sent.tokens) and sent.pos[tok] in _PERSON_POS and \
            len(sent.tokens[tok]) == 2 and len(sent.tokens[tok + 1]) == 1 and sent.pos[tok + 1] in _FUNCTION_POS

    @staticmethod
    def _tagged_as_name(sent: Sentence, b: int, starts: dict[int, int]) -> bool:
        """Whether the tagger opens a word at ``b`` and tags it as a person's name (李明/nr|市长, 袁宝/nr 成/v|市长;
        not 秦州区委/nt|书记 or 纪检/n|组长)."""
        tok = starts.get(b)
        return not sent.pos or (tok is not None and sent.pos[tok] in _PERSON_POS)

    def _tagged_next_to_title(self, sent: Sentence, atoms: list[Mention], starts: dict[int, int],
                              ends: dict[int, int]) -> list[Mention]:
        """A token the tagger marks as a person's name right before or after a title (落实|习近平/nr 总书记),
        when NER left it out."""
        out = []
        for a in atoms:
            if a.type != "Position":
                continue
            for tok in (ends.get(a.start), starts.get(a.end)):
                if tok is not None and sent.pos and sent.pos[tok] in _PERSON_POS and self._is_name(sent.tokens[tok]):
                    b = sent.spans[tok][0] - sent.start
                    e = b + len(sent.tokens[tok])
                    e -= self._verb_glued(sent.text, b, e)  # 部长|杨武宣/nr 读/v: the name, not the verb
                    out.append(Mention(b, e, sent.text[b:e], "Person", S.TITLE))
        return out

    def _society_end(self, text: str, b: int, e: int) -> int:
        """Where the society ends whose organ of one term ``text[b:e]`` names (廊坊市红十字会|第四届理事会); else
        ``e``."""
        organ = self.lex.organ_re.search(text, b, e)
        return organ.start() if organ is not None and organ.end() == e and organ.start() - b >= 2 else e

    def _verb_glued(self, text: str, b: int, e: int) -> bool:
        """Whether a three-character name, or a four-character one of a one-character surname, ends in the first
        character of the verb after it (王强致|开幕词, 李明作|主题报告, 林青传|达, 杨武宣|读, 陆加云列|席)."""
        return (e - b == 3 or (e - b == 4 and text[b:b + 2] not in self.lex.surnames)) and (
            any(hb == 0 for hb, _, _ in self.lex.trigger_hits(text[e - 1:e + 40], (0,))) or
            text.startswith(self._verb_followers, e - 1))

    @staticmethod
    def _cuts_word(sent: Sentence, b: int, e: int, ends: dict[int, int]) -> bool:
        """Whether ``b``..``e`` runs over a word boundary and stops inside the next word (民政|部门: no 民政部)."""
        return e not in ends and any(b < k[0] - sent.start < e for k in sent.spans)

    def _listed_names(self, sent: Sentence, persons: list[Mention], starts: dict[int, int]) -> list[Mention]:
        """Names a list of persons goes on with though the tagger took them for words (副主席陈大柱、郑维全、|江河/n
        参加): a word after a person and 、 that can be a name and ends the item."""
        text, out = sent.text, []
        at = {p.end for p in persons if p.type == "Person"}
        for end in sorted(at):
            while text[end:end + 1] == "、" and (tok := starts.get(end + 1)) is not None and sent.pos and \
                    sent.pos[tok] in _LISTED_NAME_POS and self._is_name(word := sent.tokens[tok]) and \
                    text.startswith(_LIST_ITEM_ENDS, end + 1 + len(word)) and end + 1 + len(word) not in at:
                out.append(Mention(end + 1, end + 1 + len(word), word, "Person", S.LIST))
                end += 1 + len(word)
        return out

    def _is_name(self, name: str) -> bool:
        """Whether a word can be a person's name: a surname first, no breaking word inside, no unit's suffix at
        its end (黄埔海关/nr is no person), no generic word (副会长|单位)."""
        return bool(_CJK_NAME.match(name)) and (name[:1] in self.lex.surnames or name[:2] in self.lex.surnames) \
            and not name.endswith(self._unit_suffixes) \
            and not any(self.lex.is_generic(t, name) for t in _GENERIC_TYPES) \
            and not any(w in name for w in self.lex.breakers if len(w) > 1) \
            and not any(ch in _FUNCTION_CHARS for ch in name[1:])

    def _glued_joiner(self, text: str, b: int, e: int) -> bool:
        """Whether ``text[b:e]`` is a unit's name with the 和 (与, 暨) after it that joins the next unit
        (县安委办和|县消防救援大队; not 住房和|城乡建设局)."""
        return e - b > 2 and text[e - 1] in self.lex.joiners and text[b:e - 1].endswith(self._named_ends)

    def _title_inside_end(self, text: str, span: str, e: int) -> int:
        """How many of a unit's last characters (one or two) open a title that goes on after it (财务科|关|员), when
        the unit's name ends as a unit's does without them; else 0."""
        if span.endswith(self._unit_suffixes):
            return 0
        return next((k for k in (1, 2) if len(span) - k >= 2 and span[:-k].endswith(self._unit_ends) and any(
            text.startswith(w, e - k) and len(w) > k for w in self._titles_by_first.get(text[e - k], ()))), 0)

    def _clean_ner(self, text: str, b: int, e: int, type_: str) -> list[Mention]:
        """An NER span, without honorifics or titles glued to a name; dates must look like dates."""
        span = text[b:e]
        if span.count("“") > span.count("”") and text[e:e + 1] == "”":
            span, e = span + "”", e + 1  # 温州市“世界温商考察团/ORG|”: the quote the name opened
        if span.count("”") > span.count("“") and text[b - 1:b] == "“":
            span, b = "“" + span, b - 1  # “|亮剑2021”海洋伏季休渔/ORG: the quote the name closes
        if type_ != "Date" and (day := next((d for d in self.lex.date_re.finditer(text, b, e)
                                             if d.start() > b and d.end() == e), None)):
            span, e = span[:day.start() - b], day.start()  # 厦门海上搜救分中心|二十三日/ORG: the day NER glued to it
        if type_ == "Organization" and span not in self.lex.triggers and \
                (verb := next((k for k in (4, 3, 2) if len(span) - k >= 2 and
                                          span[-k:] in self.lex.triggers and not span.endswith(_ORGANISATION)), 0)):
            span, e = span[:-verb], e - verb  # 深圳海关缉私局|侦办/ORG: the verb NER glued to the unit
        if type_ == "Organization" and (k := next((k for k in range(2, len(span) - 2) if span.startswith(
                _CONCERNED, k) and span[:k].endswith(self._named_ends)), 0)):
            span, e = span[:k], b + k  # 山东海事局|相关处室/ORG: the unit, not its offices concerned
        if type_ == "Organization" and text.startswith(self.lex.meeting_verbs, e) and (manner := next((
                m for m in self.lex.manner_re.finditer(span) if m.end() == len(span) and m.start() >= 2), None)):
            span, e = span[:manner.start()], b + manner.start()  # 尚寨胜利/ORG|召开: how the unit holds it
        if type_ == "Organization" and (opener := next((w for w in self.lex.sentence_openers if span.startswith(w)
                                                         and len(span) - len(w) >= 2), "")):
            span, b = span[len(opener):], b + len(opener)  # 随后|女企业家协会/ORG: when, no part of the unit
        if type_ in ("Location", "Organization") and (verb := next((
                w for w in self.lex.arrival_verbs if span.startswith(w) and len(span) - len(w) >= 2), "")):
            span, b = span[len(verb):], b + len(verb)  # 一行|莅临霍尔果斯/LOC: where they go, not the verb
        if type_ == "Organization" and (link := self._office_taken(span)) and _CJK.match(text, b - 1):
            span, b = span[link:], b + link  # 张好富|任市公用事业局/ORG: the office one takes, no 任
        if type_ == "Organization" and span.startswith(_JOINING) and len(span) - len(_JOINING) >= 4 and \
                span.endswith((*self.lex.place_bound, *_ANTI_SMUGGLING)) and not span.startswith(_JOINING + "国"):
            span, b = span[len(_JOINING):], b + len(_JOINING)  # 警方日前|联合/ORG|斗门海关缉私局: the verb, not 联合国
        if type_ == "Organization" and span.endswith("海") and len(span) > 2 and text.startswith("关于", e):
            span, e = span + "关", e + 1  # 青岛海/ORG|关于2014年底: the tagger read 关于 out of the customs' name
        if type_ == "Organization" and (k := self._title_inside_end(text, span, e)):
            span, e = span[:-k], e - k  # 凭祥海关财务科关/ORG|员: the title that begins inside the unit's end (关员)
        if type_ == "Organization" and self._glued_joiner(text, b, e):
            span, e = span[:-1], e - 1  # 县安委办和/nt|县消防救援大队: the 和 joining it to the next unit
        if type_ == "Person":
            if span.endswith("某") and text[e:e + 1] == "某":
                span, e = span + "某", e + 1  # 陈某/nr 某/nr: a name withheld, whole
            if self._verb_glued(text, b, e) or text.startswith(_ALONG_WITH, e - 1) or \
                    (len(span) == 3 and span[-1] in _PREPOSITIONS_AFTER) or \
                    (len(span) == 3 and span[-1] in _LAST_JOINERS and self._title_at(text, e)):
                span, e = span[:-1], e - 1  # the verb or preposition NER glued to the name (陈某伙|同远某, 林玲|向),
                # or the 和 before the next person's title (石岩和|组织委员彭巍)
            if len(span) == 3 and span.endswith(self.lex.office_links) and text[e:e + 1] in LEVEL_CHARS:
                span, e = span[:-1], e - 1  # 蒋勤任/nr|市园林局局长: the office the person takes, no name's end
            if text.startswith(_ALONG_WITH, b - 1) and len(span) > 2:
                span, b = span[1:], b + 1  # 陈某伙|同远某: the verb's end before the next name
            elif len(span) == 2 and text[e:e + 1] == "和" and not self._title_at(text, e + 1) and \
                    any(hb == 0 for hb, _, _ in self.lex.trigger_hits(text[e + 1:e + 40], (0,))):
                span, e = span + "和", e + 1  # 刘家|和|主持: 和 before a verb ends a name, it joins no names
            if len(span) >= 3 and span.endswith(_TOWNSHIPS) and not self._is_name(span[:2]):
                return [Mention(b, e, span, "Location", S.NER)]  # 五角乡/nr: a township, no surname opens it
            for word in self._name_tails:
                if span.endswith(word) and len(span) > len(word) + 1:
                    span, e = span[: -len(word)], e - len(word)
                    break
            return [Mention(b, e, span, type_, S.NER)] if _CJK_NAME.match(span) and not _NUMBER.fullmatch(span) \
                and span not in self.lex.triggers and not span.endswith(self._unit_suffixes) and \
                not text.startswith("主义", e) else []
            # 七一, 列席/nr, 向海关: no names; 马克思|主义: a doctrine
        if type_ == "Date" and (not _HAS_DIGIT.search(span) or _DURATION.search(span) or _NOT_WHEN.search(span)
                                or text.startswith("行动", e) or _quoted_inside(text, b, e) or self._round(text, b)):
            return []  # 四点|要求, 使命2021-|27, 跨境走私2号|行动, “五四”红旗团委, “全国五一劳动奖状”,
            # “獴猎”行动-|2022: no dates
        if type_ == "Date" and (day := _DAY_ALONE.fullmatch(span)) and int(day.group(1)) > 31:
            return []  # 731日: no day of a month
        if type_ == "Date" and (before := _BEFORE_PERIOD.match(span)):
            return [Mention(b, b + before.end(1), before.group(1), type_, S.NER)]  # 2025年|前三季度: the year
        if type_ in ("Location", "Organization") and (k := span.find("等")) >= 2 and span[k - 1] not in _DEGREES:
            return self._clean_ner(text, b, b + k, type_)  # 锦州港集装箱码头|等口岸通关/LOC: 等 ends a list
        if type_ == "Location" and span.endswith(_STREET) and text.startswith(_STREET_END, e):
            return self._clean_ner(text, b, e + len(_STREET_END), type_)  # 河婆街/LOC|道: a subdistrict, whole
        if type_ == "Location" and text.startswith(_COMMUNITY, e) and not span.endswith(_SUBDISTRICTS) and \
                not _CJK.match(text, e + len(_COMMUNITY)):  # (not 百合镇|社区戒毒…工作站)
            return self._clean_ner(text, b, e + len(_COMMUNITY), type_)  # 城关镇药妇沟/LOC|社区、: a community, whole
        if type_ == "Location" and (len(span) == 1 or span.endswith("号") or _COUNTED_PLACES.fullmatch(span) or
                                    text.startswith(_NATIONALITY, e) or (
                span == _CHINA and (text[b - 1:b] == "新" or text.startswith(_CHINA_AS_WORD, e) or
                                    text.endswith(_CHINA_AS_PART, 0, b)))):
            return []  # 驾驶“东洋号”: a vessel; 三县交界处: places counted; 新|中国成立, 中国|特色: an era, a kind;
            # 中国|籍: a nationality
        if type_ == "Organization":
            if self.lex.is_generic(type_, span) or span in self.lex.place_bound or span in self.lex.triggers or \
                    self.lex.organ_re.fullmatch(span) or self._kind_of_place(span) or \
                    _HONOUR_AFTER.match(text, e) or (text[b - 1:b] in _OPENING_QUOTES and text[e:e + 1] in
                                                     _CLOSING_QUOTES and not span.endswith(self._unit_suffixes)):
                return []  # 公安机关, 人民法院, (管委会), 乡镇政协: a class of bodies; 立案侦办/nt: a verb;
                # “红双喜”: a brand; 第四届理事会/nt: an organ, whose not said
            if span.endswith(self._meetings) and not span.endswith(self._unit_suffixes):
                return []  # 少代会/ORG, …全国代表大会/ORG: a meeting (the suffix rule names it), no unit
            if span.endswith(_MEETING_END) and text.endswith(self.lex.meeting_verbs, 0, b) and \
                    not span.endswith(self._unit_suffixes):
                return [Mention(b, e, span, "Event", S.NER)]  # 召开|…监督员聘任会/ORG: a meeting no suffix names
            if span.endswith(_CENTRE) and text.startswith(_CENTRAL_WORK, e) and len(span) - len(_CENTRE) >= 2:
                return self._clean_ner(text, b, e - len(_CENTRE), type_)  # 县政府中心/nt 工作: 县政府's main work
            if (term := _TERM_BEFORE.match(span)) and len(span) - term.end() >= 2:
                return self._clean_ner(text, b + term.end(), e, type_)  # 五年县残联/nt: years before a unit
            if span.startswith(_ON_BEHALF) and len(span) - len(_ON_BEHALF) >= 2:
                return self._clean_ner(text, b + len(_ON_BEHALF), e, type_)  # 代表学院/nt: whom one speaks for
            if "》" in span and "《" not in span and text[b - 1:b] == "《":
                return self._clean_ner(text, b - 1, e, type_)  # 《|中华英才》半月刊: the title opens the name
            if some := _SOME_PLACES.search(text, b, e - 1):  # 厦门两地烟草专卖局/nt: the units of the places listed
                return [Mention(some.end(), e, text[some.end():e], type_, S.GENERIC)]  # (the suffix rule names them)
            if (agent := next((w for w in self.lex.co_agents if span.startswith(w)), "")) and \
                    span.startswith(self.lex.levels, len(agent)) and len(span) - len(agent) >= 3:
                return self._clean_ner(text, b + len(agent), e, type_)  # 联合|市消安委办/nt: with whom one acts
            if (verb := next((w for w in self._unit_verbs if span.startswith(w)), "")) and len(span) - len(verb) >= 2 \
                    and (span.endswith(self._unit_suffixes) or self.lex.gazetteer[span[len(verb):]] == type_):
                return self._clean_ner(text, b + len(verb), e, type_)  # 被|督查|海关/ORG, 传达|县委/ORG: what a unit
                # does is no name (宣传部 is a unit)
            if b and (verb := next((w for w in self._unit_verbs if len(w) > 1 and text.startswith(w, b - 1)), "")) \
                    and self.lex.gazetteer[rest := span[len(verb) - 1:]] == type_ and len(rest) >= 2:
                return self._clean_ner(text, b + len(verb) - 1, e, type_)  # 传|达中组部/ORG: a verb NER cut in two
            if (held := self._held_in.search(span, 2)) and held.start() <= len(span) - 2:
                return self._clean_ner(text, b, b + held.start(), type_)  # 宣威市|召开安全生产委员会/ORG: who holds
                # the meeting, then the name of the meeting it holds
            if (cut := next((k for k in range(_MIN_UNIT, len(span)) if span.startswith(self._unit_verbs, k)
                             and span[:k].endswith(self._unit_suffixes)), 0)):
                return self._clean_ner(text, b, b + cut, type_)  # 厦门海关|贯彻落实总署…: a unit and what it does
            if not span.endswith(self._unit_suffixes) and span.endswith(self._unit_acts) and (k := max(
                    (span.rfind(w) + len(w) for w in self._unit_suffixes if span.rfind(w) > 0), default=0)) >= 2:
                return self._clean_ner(text, b, b + k, type_)  # 海关总署缉私局|统一组织/ORG: what the unit did
            if (meeting := next((w for w in self.lex.generic["Event"] if span.startswith(w)), "")) and any(
                    hb == 0 for hb, _, _ in self.lex.trigger_hits(text[b + len(meeting):b + len(meeting) + 40], (0,))):
                return []  # 向|大会作纪委/ORG|工作报告: the meeting spoken to and the verb, no unit
            if joint := self._joint(span):  # 拱北海关联合横琴…公安局, 广东海警局联合海关…: two units in one span
                return self._clean_ner(text, b, b + joint[0], type_) + self._clean_ner(text, b + joint[1], e, type_)
        return [Mention(b, e, span, type_, S.NER)]

    def _round(self, text: str, b: int) -> bool:
        """Whether a year at ``b`` is the round of the operation named before it (“獴猎”行动-|2022)."""
        return bool(_ROUND.match(text, b - 1)) and text.endswith(self._operations, 0, b - 1)

    def _joint(self, name: str) -> tuple[int, int] | None:
        """Where a word joining two units (联合, 会同, 和 …) stands inside one name, if a unit is on each side."""
        for word in self._unit_joints:
            at = name.find(word, _MIN_UNIT)
            if at >= 0 and len(name) - at - len(word) >= 2 and not name.startswith(self._joint_suffixes, at):
                return at, at + len(word)
        return None

    def _suffix_names(self, sent: Sentence, ends: dict[int, int], atoms: list[Mention]) -> list[Mention]:
        """Names ending in a type suffix (…会议, …领导小组, …主题教育), extended left over name-like units."""
        text, lex, base = sent.text, self.lex, sent.start
        atom_end: dict[int, Mention] = {}
        for a in atoms:
            held = atom_end.get(a.end)
            if held is None or a.end - a.start > held.end - held.start:
                atom_end[a.end] = a
        out = []
        for type_, suffix, suffix_re in self._suffix_res:
            for m in suffix_re.finditer(text):
                e = m.end()
                end_tok = ends.get(e)
                if end_tok is None and type_ == "Event" and text.startswith("上", e) and e + 1 in ends:
                    end_tok = ends[e + 1]  # 研讨/n 班上/s: the 上 of 在…上 the tagger glued to the name
                if end_tok is None and type_ == "Organization" and text.startswith(_AT_TIME, e) and e + 1 in ends:
                    end_tok = ends[e + 1]  # 拱/nt 北海/ns 关于/nt 6月1日: the 于 of the date the tagger read as 关于
                if end_tok is None and type_ == "Organization" and len(suffix) > 1:
                    end_tok = next((ends[k] for w in lex.co_agents if (k := e + len(w)) in ends
                                    and text.startswith(w, e)), None)  # 广西|海警联合/n 海关: the unit before 联合
                if end_tok is None and type_ == "Organization" and text.startswith(_MEMBER, e):
                    end_tok = ends.get(e + len(_MEMBER))  # 理论学习中心/n 组成员/n: the body before its members
                titled = any(a.start == e and a.type == "Position" for a in atoms)  # 市集中整治/n 办/v|副主任
                if suffix in lex.acting_suffixes and not self._acts_after(sent, end_tok):
                    continue  # 广州市公安|禁毒部门, 广西公安、|烟草部门: a field, not a unit (but 宁波公安|发布…)
                if end_tok is None or (len(suffix) == 1 and not self._noun_at(sent, end_tok) and not titled) or \
                        (type_ == "Organization" and (_HONOUR_AFTER.match(text, e) or
                                                      (suffix == _CENTRE and text.startswith(_CENTRAL_WORK, e)))):
                    continue  # …“五四”红旗团委|荣誉称号: an honour, no unit; 县政府中心|工作: the main work
                if any(m.start() >= k and text.startswith(w, m.start() - k) for w, k in self._covering[type_, suffix]):
                    continue  # 区|会议|中心, 市行政|中心: inside a longer word of another type (会议中心), no 区会议
                if type_ == "Event" and self._opens_inside_breaker(text, m.start()):
                    continue  # 开|展会|前: a verb's end, no exhibition
                if type_ == "Event" and text.startswith(_CLOSING_QUOTES, m.start() - 1) and any(
                        len(w) > len(suffix) and text.startswith(w, m.start()) for w in lex.quoted_suffixes["Concept"]):
                    continue  # “绿洲人才”|行动计划: a quoted plan, no operation
                if getattr(atom_end.get(e), "text", "") in lex.school_units:
                    continue  # 学习会由|校党委: a school's committee, named from its 校 on (the gazetteer's)
                b = self._token_start(sent, m.start(), end_tok)
                if b == m.start() and suffix in lex.place_bound and (cut := self._cut_place(sent, b)) is not None:
                    b = cut  # 拱/nt 北海/ns 关于/nt: the tagger cut the unit's place, whole before its suffix
                if not (type_ == "Event" and lex.is_generic(type_, text[b:e]) and self._verb_before(sent, b, ends)):
                    b = self._extend_left(sent, b, ends, atom_end, type_)  # not 贯彻|全会: a verb's object
                    if type_ == "Event":
                        b = self._from_verb(sent, b, ends)
                        b = self._as_subject(sent, b, e, ends, atom_end)
                        b = self._after_predicate(sent, b, m.start(), ends, atom_end)
                        b = self._from_zai(sent, b, e, ends, atoms)
                kind = self._kind_of_place(text[b:e])  # 乡镇|政协: no level's body, every township's
                if suffix in lex.place_bound and b < m.start() and (kind or not self._places_only(sent, b, m.start(),
                                                                                                 atoms)):
                    level = "" if kind else next((w for w in lex.levels if text.endswith(w, b, m.start())), "")
                    b = m.start() - len(level)  # 省|政府, 市|公安局: the body of the level the article is about
                count = _COUNTED.match(text, b, e) or _COUNTED_INSIDE.search(text, b, m.start())
                if count and not (type_ == "Event" and count.end() < m.start()):
                    b = count.end()  # 15个|省委巡视组, 全国500多家|出版社 (but a meeting's name keeps what it counts:
                    # 三个示范区…汇报会)
                if type_ == "Organization" and (term := _TERM_BEFORE.match(text, b, m.start())):
                    b = term.end()  # 新一届|县残联
                some = _places_before(text, b, m.start(), atom_end)
                if type_ == "Organization" and some:  # 南宁、深圳等地|海关缉私局, 宁波、厦门两地|烟草专卖局
                    out += self._listed(sent, some.start(), text[some.end():e], ends, atom_end)  # the places' units
                    b = some.end()
                if type_ == "Event" and text[b:m.start()] in lex.triggers and lex.is_generic(type_, text[m.start():e]):
                    b = m.start()  # 列/nr 席/v 会议: a verb the tagger cut, and its object
                b = _inside_quotes(text, b, e, type_)
                if type_ == "Organization" and (joint := self._joint(text[b:m.start()])):
                    b += joint[1]  # 海南海警联合|海口海关缉私局/nt: the unit after the joint
                if type_ == "Location" and (room := _ROOM.match(text, e)):
                    e = room.end()  # 区政府会议中心|5106室: the room of the venue
                if type_ == "Event" and suffix in lex.quoted_suffixes["Event"] and \
                        text[b:b + 1] in _OPENING_QUOTES and (year := _ROUND.match(text, e)):
                    e = year.end()  # “獴猎”行动|-2022: the year of an operation's round is in its name
                if type_ == "Event" and suffix == _PLENUM and _ORDINAL_PLENUM.fullmatch(text, b, m.start()) and \
                        (listed := _PLENUMS_BEFORE.search(text, 0, b)):
                    b = listed.start()  # 十八届三中、四中、|五中全会: plenums listed, one name as the text gives it
                    # (not 十八届三中、|十八届四中全会: the last written whole is a name of its own)
                name = text[b:e]
                if type_ == "Organization" and titled and (society := self._society_end(text, b, e)) < e:
                    out.append(Mention(b, society, text[b:society], type_, S.SUFFIX))
                    continue  # 廊坊市红十字会|第四届理事会|会长: the society's title (but 选举产生了…第一届理事会)
                if type_ == "Event" and text.endswith(_EVERY_LEVEL, 0, b):
                    out.append(Mention(b, e, name, type_, S.OTHER))
                    continue  # 贯彻落实各级|科技会议精神: the meetings of every level, none named
                if type_ == "Event" and suffix in lex.meeting_parts and lex.is_generic(type_, text[b:m.start()]):
                    out.append(Mention(b, e, name, type_, S.GENERIC))
                    continue  # 出席|大会开幕式: the opening of the meeting the article is about
                if type_ == "Organization" and lex.organ_re.fullmatch(name):
                    out.append(Mention(b, e, name, type_, S.GENERIC))
                    continue  # 第四届理事会 alone: whose, not said
                if (suffix in lex.proper_bound and not self._has_proper(sent, b, m.start(), atoms)) or \
                        (suffix in lex.place_bound and b == m.start()) or \
                        (suffix in lex.unit_bound and not text.endswith(lex.suffixes["Organization"], b, m.start())):
                    out.append(Mention(b, e, name, type_, S.GENERIC))  # 设立|保税物流中心: a kind of body
                    continue
                if type_ == "Event" and text[b - 1:b] == "的" and any(
                        c.end() == b - 1 for c in CODE_GIVEN.finditer(text, max(0, b - 25), b)):
                    out.append(Mention(b, e, name, type_, S.SUFFIX))
                    continue  # 代号为“LS16”的|大规模查缉行动: an operation named, with its code
                described = type_ == "Event" and bool(_TASK_NAMED.match(name)) and m.start() - b >= 6 and \
                    text.endswith(lex.operation_verbs, 0, b - (text[b - 1:b] == "了"))  # 开展|打击…走私专项行动
                if type_ == "Event" and suffix in lex.quoted_suffixes["Event"] and not _CODED.search(name) and \
                        not _YEAR_NAMED.match(name) and not described:  # (2021年促进跨境贸易便利化专项行动: the year's
                    # campaign, named; and one a verb of carrying out names by its task against smuggling or crime)
                    modifier = end_tok + 1 < len(sent.pos) and sent.pos[end_tok + 1] in ("n", "vn", "NN")
                    if suffix != _BARE_OPERATION and not modifier:  # (采取|行动, 实际|行动: no operation at all;
                        # …专项整治|协作机制: a kind of work)
                        out.append(Mention(b, e, name, type_, S.OTHER))  # 开展|集中抓捕行动: an operation never named
                    continue
                manner = type_ == "Event" and text[b - 1:b] == "以" and text.startswith(("形式", "方式"), e)
                standing = type_ == "Event" and text.startswith(_INSTITUTION_AFTER, e)
                kind = type_ == "Event" and base > 0 and suffix not in lex.quoted_suffixes["Event"] and (
                    b == m.start() or name in _MEETING_MEDIA)  # 参加|视频会议: how a meeting is held, no name
                verb = type_ == "Organization" and b == m.start() and bool(sent.pos) and sent.pos[end_tok] in _VERB_POS
                levels = type_ == "Event" and b < m.start() and all(ch in LEVEL_CHARS for ch in text[b:m.start()]) \
                    and lex.is_generic(type_, suffix)
                withheld = text[b - 1:b] == "某"  # 某|服饰大楼: a name withheld
                if lex.is_generic(type_, name) or len(name) < 2 or manner or kind or standing or verb or levels or \
                        withheld or (type_ == "Organization" and self._kind_of_place(name)):
                    # 以|电视电话会议|形式: how, not which; a bare kind in the body (动员会上) is a meeting named
                    # before, or the own one; 要|学会/v 包装项目: a verb, no society; 按照|市县会议|要求: the
                    # meetings of some levels, none named
                    other = type_ == "Event" and ((text[b - 1:b] == "的" and not text.endswith(_TODAYS, 0, b)) or
                                                  standing or bool(self._repeated.search(text, 0, b)))
                    # (主持了今天的|会议: the article's own); 多次召开|对接会: meetings before it, none named
                    out.append(Mention(b, e, name, type_, S.OTHER if other else S.GENERIC))
                    continue
                counted = count is not None and not any(b <= a.start and a.end <= e for a in atoms)
                place = type_ == "Organization" and suffix == _SUBDISTRICT and \
                    sent.pos[end_tok:end_tok + 1] == [_PLACE_TAG] and sent.spans[end_tok][0] - base == b  # 上关街道/ns:
                # a subdistrict the tagger knows as a place
                out.append(Mention(b, e, name, "Location" if place else type_, S.GENERIC if counted else S.SUFFIX))
                if type_ == "Organization" and len(suffix) > 1 and not place:  # (11个|行动小组: a class)
                    out += self._distributed(sent, b, m.start(), suffix, ends, atom_end)
        for a in atoms:  # 广州、黄埔、深圳、拱北海关/nt: the unit NER found shares its suffix with the list before it
            if a.type != "Organization":
                continue
            if some := _places_end(text, a.start):  # 宁波、厦门两地|烟草专卖局
                out += self._listed(sent, some.start(), a.text, ends, atom_end)
                continue
            suffix = next((w for w in self._unit_suffixes if a.text.endswith(w)), "")
            if suffix and len(a.text) > len(suffix):
                out += self._distributed(sent, a.start, a.end - len(suffix), suffix, ends, atom_end)
        return out + self._quoted_names(text, atom_end)

    def _opens_inside_breaker(self, text: str, at: int) -> bool:
        """Whether a breaking word of two or three characters runs over ``at`` from before it (开展|会: 开展)."""
        return any(text[at - k:at - k + n] in self.lex.breakers for n in (2, 3) for k in range(1, n) if at >= k)

    def _quoted_names(self, text: str, atom_end: dict[int, Mention]) -> list[Mention]:
        """Quoted names with a word of ``quoted_suffixes`` after them (“五句话”目标); quotes listed before one
        suffix are of its kind, each named as written (“国门利剑2023”“净网”等专项行动: the operations “国门利剑2023” and
        “净网”). A quoted kind of event before a hosted suffix names an event, with the edition and the place before
        it (福建省第十四届“中国统计开放日”活动)."""
        lex, out = self.lex, []
        quotes = list(_QUOTED.finditer(text))
        groups: list[list[re.Match[str]]] = []
        for q in quotes:
            if groups and text[groups[-1][-1].end():q.start()] in ("", "、"):
                groups[-1].append(q)
            else:
                groups.append([q])
        for group in groups:
            last = group[-1]
            listed = text[last.end():last.end() + 1] == "等" and len(group) > 1
            rest = text[last.end() + listed:]
            for type_, suffixes in lex.quoted_suffixes.items():
                word = next((s for s in suffixes if rest.startswith(s)), None)
                if not word or (type_ == "Concept" and last.group()[1:-1].endswith(lex.not_slogan_endings)):
                    continue  # “汉酱杯”|改革开放…: a contest's name, no doctrine
                for m in group:
                    hosts = word in lex.hosted_suffixes
                    hosted = hosts and lex.hosted_re.search(text, 0, m.start())  # 举办|“…”活动: named from the quote
                    named = hosts and not hosted and (m.group()[1:-1].endswith(lex.suffixes["Event"]) or
                                                      lex.hosted_after_re.match(text, m.end() + len(word)))
                    type_here = "Event" if hosted or named else type_  # “…开放日”活动, “…”活动|隆重开幕
                    if m is last and not listed:
                        b = m.start()
                        if named and (edition := _EDITION_BEFORE.search(text, 0, b)):
                            b = edition.start()
                            place = atom_end.get(b)
                            b = place.start if place is not None and place.type in ("Location", "Organization") else b
                        out.append(Mention(b, m.end() + len(word), text[b:m.end()] + word, type_here,
                                           S.SUFFIX if named else S.QUOTE))  # (over 中国统计开放日)
                    else:
                        out.append(Mention(m.start(), m.end(), m.group(), type_here, S.LIST))
        return out

    def _distributed(self, sent: Sentence, b: int, suffix_at: int, suffix: str, ends: dict[int, int],
                     atom_end: dict[int, Mention]) -> list[Mention]:
        """A suffix shared by a list (文锦渡、皇岗、罗湖海关, 黄埔和江门海关): every listed name with the suffix."""
        text = sent.text
        stem = text[b:suffix_at]
        inner = next((w for w in self._unit_suffixes if stem.endswith(w) and 2 <= len(stem) - len(w) <= _PLACE_MAX), "")
        if inner and _CJK_NAME.match(stem):  # 合肥、深圳|海关缉私局: the list shares all after the place
            suffix_at, suffix, stem = suffix_at - len(inner), inner + suffix, stem[:-len(inner)]
        qualifier = atom_end.get(suffix_at)
        if stem == "" or text[b - 1:b] not in _LAST_JOINERS or any(w in stem for w in self._unit_suffixes) or \
                suffix in self.lex.proper_bound or \
                len(stem) > _PLACE_MAX or stem.startswith(self.lex.levels) or \
                (qualifier is not None and qualifier.type == "Organization" and qualifier.start == b):
            return []  # 多地市、拱北海关缉私局, …、南沙海关指挥中心, …、省农垦土地分局: the suffix is the unit's;
            # 衢山镇、岱山交投集团: a company's 集团 is its own name's, no place shares it
        return self._listed(sent, b - (2 if text.endswith(_AS_WELL_AS, 0, b) else 1), suffix, ends, atom_end)

    def _listed(self, sent: Sentence, pos: int, suffix: str, ends: dict[int, int],
                atom_end: dict[int, Mention]) -> list[Mention]:
        """The names of a list of places ending at ``pos``, each with ``suffix``."""
        text, base, out = sent.text, sent.start, []
        while pos > 0:
            atom = atom_end.get(pos)
            tok = ends.get(pos)
            if atom is not None and (atom.type == "Location" or (
                    atom.type == "Organization" and len(atom.text) <= _PLACE_MAX
                    and not atom.text.endswith(self.lex.suffixes["Organization"]))):
                start = atom.start  # 皇岗/ns 、沙头角/nt 、罗湖海关: places, or short names NER took for units
            elif atom is None and tok is not None and 2 <= len(sent.tokens[tok]) <= 4 \
                    and (not sent.pos or sent.pos[tok] in _PROPER_POS - _PERSON_POS) \
                    and sent.tokens[tok] not in self.lex.breakers \
                    and not sent.tokens[tok].endswith(self.lex.suffixes["Organization"]):  # (税务局、|嵩口镇人民政府:
                start = sent.spans[tok][0] - base  # a unit of its own, no place)
            else:
                break
            if suffix in _SUBDISTRICTS and text[start:pos].endswith(_TOWNSHIPS):
                break  # 榆林乡、魏邱乡、潭龙|街道: a township is whole, it shares no subdistrict's suffix
            out.append(Mention(start, pos, text[start:pos] + suffix, "Organization", S.LIST))
            if text[start - 1:start] != "、":
                break
            pos = start - 1
        return out

    def _from_verb(self, sent: Sentence, b: int, ends: dict[int, int]) -> int:
        """Where a meeting's name starts when a verb that holds it stands before it: everything between
        召开 and the suffix is the name (召开|全省安全生产工作会议, 召开|2024年…工作会议)."""
        pos = b
        while pos > 0 and b - pos < _MAX_NAME:
            tok = ends.get(pos)
            if tok is None:
                return b
            word = sent.tokens[tok]
            if word in self.lex.meeting_verbs:
                return pos
            listed = word == _LIST_MARK and not sent.text.endswith(self.lex.suffixes["Event"], 0, pos - 1)
            if not listed and (not word.strip() or word in self.lex.breakers or _ends_in_stop(word)):
                return b  # (召开|…宣讲会、|企业座谈会: two meetings; 召开|…成果、全面推进…交流会: one name)
            pos = sent.spans[tok][0] - sent.start
        return b

    def _as_subject(self, sent: Sentence, b: int, e: int, ends: dict[int, int], atom_end: dict[int, Mention]) -> int:
        """Where a meeting's name starts when it is the subject of 召开/举行 (…，全市庆祝…暨“两优一先”表彰大会
        隆重举行): its whole clause is the name, without a date that opens it."""
        text = sent.text
        if not self.lex.event_subject_re.match(text, e) or text.startswith(self.lex.meeting_parts, e):
            return b  # …三次会议|闭幕会: not the meeting closing but a sitting of it
        clause = text[max(text.rfind(ch, 0, b) for ch in _CLAUSE_END) + 1:e]
        pos, limit = b, _MAX_NAME * (2 if "暨" in clause else 1)  # A暨B: two names in one
        while pos > 0 and e - pos < limit:
            tok = ends.get(pos)
            atom = atom_end.get(pos)
            if tok is None or (atom is not None and atom.type in ("Person", "Position")):
                return b
            word = sent.tokens[tok]
            if atom is not None and atom.type == "Date" and not _YEAR.fullmatch(atom.text):
                break  # 7月1日全市…大会, 今年全会: the date is when, not part of the name (but 2024年…会议 is)
            if atom is not None and atom.type == "Event":
                pos = atom.start  # 学习贯彻|党的二十届三中全会|精神…报告会
                continue
            if word in _CLOSING_QUOTES and (q := max(text.rfind(o, 0, pos - 1) for o in _OPENING_QUOTES)) >= 0:
                pos = q  # “榜样的力量”|…颁奖晚会: a quote is one word of the name
                continue
            if word.strip() != word or word[-1] in _CLAUSE_END or word in self.lex.subject_name_stops:
                break  # (…3月12日电 |政协…会议: a space ends a dateline)
            pos = sent.spans[tok][0] - sent.start
        return b if e - pos >= limit else pos

    def _after_predicate(self, sent: Sentence, b: int, suffix_at: int, ends: dict[int, int],
                         atom_end: dict[int, Mention]) -> int:
        """Where a meeting's name starts when it opens with the verb of a person or unit written right
        before it (吴邦国|致信|大会, 孙长松同志|汇报|…民主生活会准备情况): after that verb."""
        honorific = next((w for w in self.lex.honorifics if sent.text.endswith(w, 0, b)), "")
        subject = atom_end.get(b - len(honorific))
        tok = ends[b] + 1 if b in ends else None  # the token that opens the name
        if subject is None or subject.type not in ("Person", "Organization") or tok is None or not sent.pos \
                or sent.pos[tok] not in _VERB_POS:
            return b
        end = sent.spans[tok][1] - sent.start
        return end if end <= suffix_at else b

    def _from_zai(self, sent: Sentence, b: int, e: int, ends: dict[int, int], atoms: list[Mention]) -> int:
        """在X上: a meeting's name runs from 在 when only words of a name stand before ``b``
        (在|海关队伍授予关衔20周年大会|上; not 在|出席…开幕式上, 在|本次会议上)."""
        text = sent.text
        at = text.rfind("在", max(0, b - _MAX_NAME), b)
        if not text.startswith("上", e) or at < 0 or at + 1 == b or (at + 1) not in ends:
            return b
        for tok in range(ends[at + 1] + 1, ends[b] + 1 if b in ends else 0):
            word = sent.tokens[tok]
            if sent.pos[tok] in _STOP_POS or (word in self.lex.breakers and word not in self.lex.naming_verbs):
                return b
        if any(at < a.start < b and (a.type in ("Person", "Position") or (a.type == "Date" and not _YEAR.fullmatch(
                a.text))) for a in atoms):
            return b  # 在|2月19日中央…会议上: a day is no part of a name
        return at + 1

    def _verb_before(self, sent: Sentence, b: int, ends: dict[int, int]) -> bool:
        """Whether a verb that takes a meeting as its object (贯彻, 把握, a verb of result: 认识到) ends right
        before ``b``."""
        tok = ends.get(b)
        return tok is not None and (sent.tokens[tok] in self.lex.object_verbs or (
            sent.pos[tok:tok + 1] == ["v"] and sent.tokens[tok][-1] in _RESULTS))  # 认识到|大会

    def _token_start(self, sent: Sentence, b: int, tok: int) -> int:
        """Where the name ending in token ``tok`` starts at the latest: a suffix of two or more
        characters inside a token (签字|仪式 in 签字仪式) takes the whole token, unless the token opens
        with a breaking word (召开|会议; a one-character breaker only alone: 中央|经济工作会议 stays whole);
        a one-character suffix inside a short token is part of a word (干|部, 办公|厅; not 人力资源和社会保障|厅, nor a
        field's bureau after its level or place: 县|民政局/n, 市/nt|版权局/n);
        a number the suffix counts from is part of the name (2|号行动)."""
        first = tok
        while first and sent.spans[first][0] - sent.start > b:
            first -= 1
        if _NUMBER.fullmatch(sent.text[sent.spans[first][0] - sent.start:b]):
            return sent.spans[first][0] - sent.start
        start = sent.spans[tok][0] - sent.start
        head = sent.text[start:b]
        short = len(sent.text[b:sent.spans[tok][1] - sent.start]) < 2 and len(head) < 5 and not (
            sent.text.startswith(_BUREAU, b) and len(head) >= 2 and head[-1] + _BUREAU not in _NOT_BUREAUS and
            (self._placed(sent, tok - 1) or (tok > 1 and sent.pos and sent.pos[tok - 1] in _NOUN_POS and
                                             self._placed(sent, tok - 2))))  # 市/n 生态/n 环境局/n
        if start >= b or short or any(head.startswith(w) for w in self.lex.breakers if len(w) > 1 or w == head):
            return b
        return start + self._office_taken(head)  # 张好富|任市公用事业局/nt: the office one takes, no 任

    def _placed(self, sent: Sentence, tok: int) -> bool:
        """Whether token ``tok`` is a level or a place, which a field's bureau after it belongs to."""
        return tok >= 0 and (sent.tokens[tok] in self.lex.levels or (bool(sent.pos) and sent.pos[tok] in _PLACE_POS))

    def _office_taken(self, name: str) -> int:
        """The length of the verb of taking an office a unit's name opens with before its level (任|市公用事业局),
        else 0."""
        return next((len(w) for w in self.lex.office_links if name.startswith(w) and
                     name[len(w):len(w) + 1] in LEVEL_CHARS), 0)

    @staticmethod
    def _cut_place(sent: Sentence, b: int) -> int | None:
        """Where the place-name token that ``b`` cuts starts, when it does (北海|关于 in 拱北海关于)."""
        base = sent.start
        return next((tb - base for (tb, te), pos in zip(sent.spans, sent.pos, strict=False)
                     if tb - base < b < te - base and pos == _PLACE_TAG), None)

    def _has_proper(self, sent: Sentence, b: int, e: int, atoms: list[Mention]) -> bool:
        """Whether ``text[b:e]`` holds a proper name: a place, body or person, a proper-noun token, a quote,
        Latin letters or places' one-character names (东莞|保税物流中心, 招商局集团, 粤港|水域 do; 房地产|公司,
        智慧|口岸 do not)."""
        base, text = sent.start, sent.text
        if e > b and all(ch in self.lex.place_abbreviations for ch in text[b:e]):
            return True
        return any(b <= a.start < e and a.type in ("Location", "Organization", "Person") for a in atoms) or \
            any(b <= tb - base < e and p in _PROPER_POS for (tb, _), p in zip(sent.spans, sent.pos, strict=False)) or \
            bool(_LATIN_OR_QUOTE.search(text, b, e))

    @staticmethod
    def _places_only(sent: Sentence, b: int, e: int, atoms: list[Mention]) -> bool:
        """Whether ``text[b:e]`` is made of places and bodies only (东莞市 | 黄埔), as atoms or as the tokens
        that cover a short stem (拱/nt 北|海关/ns: the tagger cut the place wrong, but both parts are names)."""
        pos = b
        for a in sorted(atoms, key=lambda a: (a.start, -a.end)):
            if a.start == pos and a.end <= e and a.type in ("Location", "Organization"):
                pos = a.end
        if pos == e:
            return True
        if e - b > _PLACE_MAX or not sent.pos or _COUNTED_STEM.match(sent.text, b):
            return False  # 两国/nt|政府: a count of bodies, however tagged
        base = sent.start
        tok = next((k for k, (tb, te) in enumerate(sent.spans) if tb - base <= b and te - base > e), None)
        if tok is not None and sent.pos[tok] in _PROPER_POS:
            return True  # 黄埔海关/nr: one name, whatever kind the tagger took it for
        tags = [(tag, word) for (tb, te), tag, word in zip(sent.spans, sent.pos, sent.tokens, strict=False)
                if tb - base < e and te - base > b]
        return bool(tags) and all(tag in _PLACE_POS or _ZONE.fullmatch(word) for tag, word in tags)  # 高新区/n

    def _title_at(self, text: str, at: int) -> bool:
        """Whether a title of the lexicon opens at ``at`` (石岩和|组织委员彭巍)."""
        return any(text[at:at + k] in self.lex.positions for k in range(2, _TITLE_MAX + 1))

    @staticmethod
    def _acts_after(sent: Sentence, tok: int | None) -> bool:
        """Whether what follows token ``tok`` is the act of the name it ends (宁波公安|发布, 淄博公安|：), not a
        noun it qualifies or a list it opens."""
        if tok is None or not sent.pos or tok + 1 >= len(sent.pos):
            return False
        pos, word = sent.pos[tok + 1], sent.tokens[tok + 1]
        return pos in _VERB_POS or pos in ("d", "ad", "p") or (pos == "w" and word not in _LAST_JOINERS)

    @staticmethod
    def _noun_at(sent: Sentence, tok: int) -> bool:
        if not sent.pos:
            return True
        return sent.pos[tok] in _NOUN_POS or sent.pos[tok].startswith("n")

    def _extend_left(self, sent: Sentence, b: int, ends: dict[int, int], atom_end: dict[int, Mention],
                     type_: str) -> int:
        """Walk left from ``b`` over tokens and atoms that can be part of a name."""
        text, lex, base = sent.text, self.lex, sent.start
        start, after_atom, quoted, qualified, studied, dated = b, False, False, False, False, False
        while b > 0 and start - b < _MAX_NAME:
            if text[b - 1] in '”"':
                q = max(text.rfind("“", 0, b - 1), text.rfind('"', 0, b - 1))
                target = type_ == "Event" and text.startswith(lex.crimes, b)  # “水客”|走私联合行动: no code
                if q < 0 or b - q > lex.quoted_max + 2 or quoted or target:
                    break  # (“国门利剑”“风雷”|联合行动: quoted names listed, each with the word after them)
                b, after_atom, quoted = q, True, True
                continue
            if type_ == "Event" and text[b - 1] == "》" and (q := text.rfind("《", 0, b)) >= 0:
                b, after_atom = q, True  # 《…合作备忘录》|签字仪式, 《…会议纪要》|编写研讨会: named by its document
                continue
            if text[b - 1] in ")）":
                q = max(text.rfind("(", 0, b - 1), text.rfind("（", 0, b - 1))
                if type_ == "Event" and q >= 0 and text[q + 1:b - 1] in lex.event_qualifiers:
                    b, qualified = q, True
                    continue
                if q > 0 and _CJK.fullmatch(text, q + 1, b - 1) and _CJK.match(text, q - 1) and _CJK.match(text, b):
                    b = q  # 妨害国|(边)|境管理…办公室: another reading of one character, written inside the word
                    continue
                if type_ == "Event":
                    break
            atom = atom_end.get(b)
            if atom is not None and lex.unit_references[atom.text] is not None and atom.text[0] not in lex.levels:
                break  # 该支队|岳圩边境派出所: the unit referred to is the parent, no part of the name
            if atom is not None and quoted and type_ == "Event" and atom.type in ("Organization", "Location") and \
                    text.startswith(lex.quoted_suffixes["Event"], start):
                break  # 海关总署|“国门利剑2016”联合专项行动: whose operation, not its name
            if atom is not None:
                if atom.type == "Position" and type_ == "Event" and (b == start or getattr(
                        atom_end.get(atom.start), "type", "") != "Person"):
                    b = atom.start  # a meeting named after who holds it: 省委书记专题会议, 人大代表履职…培训班 (not
                    continue  # 习近平总书记|…部署会议: the title of a person)
                if type_ == "Event" and atom.type == "Date" and (((_YEAR.fullmatch(atom.text) or _PERIOD.fullmatch(
                        atom.text)) and b != start) or _FESTIVAL.fullmatch(atom.text) or
                        text.endswith("暨", 0, atom.start)):
                    b, dated = atom.start, True  # 深圳海关|2024年|全面从严治党工作会议, 2022年|二季度|…学习,
                    # 2022年春节|团拜会, …全体会议暨|2018年11月份|…预警工作会议: a year (month, quarter, festival) is
                    # part of a meeting's name
                    continue
                if atom.type in ("Person", "Position", "Date") or (atom.type == "Case" and type_ != "Event") or \
                        (type_ == "Concept" and atom.type in ("Organization", "Location")):
                    break  # (a case may open an operation's name: “飓风18”号专案集中收网行动); 市政府党组|党史学习教育
                if atom.type == "Concept" and type_ != "Event" and text[b:start] not in ("", *lex.suffixes["Concept"]) \
                        and not (type_ == "Organization" and text.startswith(self._groups, start)):
                    break  # (省委|党史学习教育|第十二巡回指导组: a group named after the campaign it guides)
                studied = studied or atom.type == "Concept"
                joint = ("Location", atom.type) if dated else ("Location",)  # (not 省委、市委|全会: two plenums; nor
                # 自然资源部、省自然资源厅|年度工作会议: each its own)
                b, after_atom = self._glued_levels(sent, atom.start, type_), True
                while type_ == "Event" and atom.type in ("Organization", "Location") and text[b - 1:b] == "、" and \
                        (place := atom_end.get(b - 1)) is not None and place.type in joint and \
                        not place.text.endswith(lex.suffixes["Event"]):  # (…全国代表大会/nt、|…: two meetings)
                    b = place.start  # 福州、|厦门海关…签署仪式, 马莲河、柔远河、|黑河…联席会议, 中共中央、|国务院
                    # 2022年春节团拜会: the places, or the units that hold one meeting, listed first
                continue
            tok = ends.get(b)
            if tok is not None and quoted and type_ == "Event" and sent.tokens[tok] in lex.joiners:
                b, quoted = sent.spans[tok][0] - base, False  # A行动暨|“使命2022-3”专项行动: one operation
                continue
            if tok is None or (quoted and type_ == "Event" and text.startswith(lex.quoted_suffixes["Event"], start)):
                break  # a quoted operation's name starts at its quote: 打击走私|“国门利剑”行动 (a meeting's does not)
            word = sent.tokens[tok]
            pos = sent.pos[tok] if sent.pos else ""
            if word in _NAME_DASHES and b != start:
                b = sent.spans[tok][0] - base  # 中国—东盟海关合作论坛
                continue
            if type_ == "Event" and word == "、" and b != start and 0 < tok < len(sent.tokens) - 1 and \
                    sent.tokens[tok - 1] in self._level_words and text.startswith(self._level_words, b):
                b = sent.spans[tok - 1][0] - base  # 中央、省、市、县|政法队伍…部署会议: the levels that hold it
                continue
            before = text[:sent.spans[tok][0] - base]
            kind = max((w for w in lex.suffixes["Event"] if before.endswith(w)), key=len, default="")
            if word in lex.joiners and type_ == "Event" and (b != start or (word == "暨" and kind)):
                if word != "暨" and (kind or before.endswith(lex.referenced_after) or dated):
                    break  # 专题研讨班|和|市委常委会(扩大)会议, …讲话精神|和|…会议: two (not 中央和国家机关…会, A暨B);
                    # 市场管理及|二季度…通报会: the period a name opens with starts it
                b = len(before) - len(kind)  # 成立大会|暨|学习研讨会: one meeting of two kinds (…委员会|全体会议|暨…:
                # the first kind whole, though it opens with a breaker)
                continue
            studies = (word in lex.study_verbs or any(len(v) > len(word) and text.endswith(v, 0, b) for v in
                                                       lex.study_verbs)) and \
                not (tok and sent.tokens[tok - 1] in ("理论", "暨")) and \
                not text.startswith(_IDEOLOGY, sent.spans[tok][1] - base)  # 理论学习|中心组, 宣传|思想文化工作会议,
            # …活动暨|落实|勤务规范研讨会 (what a meeting joined to another carries out names it); 传/nr|达/nt|中组部: a
            # study verb the tagger split
            if type_ == "Event" and studies and not studied:
                break  # 贯彻落实|全国海关工作会议 (but 学习贯彻…精神|宣讲报告会 names a meeting by what it studies)
            studied = studied or word in lex.referenced_after
            if type_ == "Event" and text.startswith(_CEREMONIES, start) and word in lex.triggers and \
                    set(lex.triggers[word]) <= _CEREMONY_ACTS and (
                        (b == start and tok and sent.pos[tok - 1] in _NOUN_POS) or
                        (b != start and all(p in _NOUN_POS or p == "m"
                                            for p in sent.pos[tok + 1:ends.get(start, tok) + 1]))):
                b = sent.spans[tok][0] - base  # the act a ceremony performs, after what it gives (荣誉|授予|仪式) or
                continue  # before it (授予|三级关务监督关衔|仪式)
            stop = word in lex.breakers or word in lex.not_names or pos in _STOP_POS or (
                word[:-1] in lex.own_papers and word[-1] in "讯电") or (  # 本报讯|国务院军转办: a dateline
                type_ == "Organization" and word == _UNITS)  # 成员单位|区纪委监委: whose members, no part of it
            if type_ == "Event" and stop and tok and sent.tokens[tok - 1] == "暨" and pos in (*_VERB_POS, "vn"):
                stop = False  # …振兴暨|观摩|拉练工作推进会议: what the second meeting of one does names it
            if type_ in ("Event", "Organization") and b != start and \
                    text.endswith(_WHERE_DONE, 0, sent.spans[tok][1] - base):
                stop = False  # 打击海|上|走私专项行动: where the task is done, one word the tagger split
            if type_ == "Event" and word == _PLENARY and text.startswith((*lex.suffixes["Event"], _MEETING_END), b):
                stop = False  # 第三次|全体|扩大会议, 第一次|全体|会/v 暨…: a plenary session, named by the suffix
            if type_ == "Event" and text.endswith(_PARTY, 0, b):
                stop = False  # 中央和国家机关党的|建设工作会议: the party's building, a meeting's task
            at = sent.spans[tok][0] - base
            if _SINO_FOREIGN.match(text, at) or (len(word) == 1 and _SINO_FOREIGN.match(text, at - 1)):
                stop = False  # 中/ns 外/s 记者见面会, 中/ns 非/ns 经贸博览会: China and another, split by the tagger
            if word == _ON_BEHALF and pos in _NOUN_POS and tok + 1 < len(sent.pos) and sent.pos[tok + 1] in _NOUN_POS \
                    and not lex.organ_re.match(text, sent.spans[tok + 1][0] - base) and \
                    getattr(atom_end.get(at), "type", "") != "Person":
                stop = False  # 代表/n|资格/n 审查委员会: the delegates a body serves, no one spoken for (but
                # 副会长|代表/nt|二届理事会作…报告, 周文栋|代表/n|区委常委会讲话: on behalf of the council)
            if type_ == "Event" and pos in _ADVERB_POS and len(word) > 1 and b != start and \
                    tok + 1 < len(sent.pos) and sent.pos[tok + 1] in (*_VERB_POS, "vn", *_ADVERB_POS):
                stop = False  # 全面|从严|治党|工作会议, 统一|协作|机制…仪式: an adverb of a meeting's task
            if type_ in ("Event", "Organization", "Location") and pos == "a" and len(word) > 1 and \
                    word not in lex.breakers and \
                    (b != start or text.startswith((*lex.quoted_suffixes["Event"], _WORK), b)) and \
                    tok + 1 < len(sent.pos) and sent.pos[tok + 1] in _NOUN_POS:
                # …违法犯罪|专项|行动工作调度会议, “净海2021”|专项|查缉行动, 县扫黑除恶|专项|斗争督导组, 县信访|稳定|
                stop = False  # 工作会议: an attribute of the task
            if qualified and word not in lex.triggers:
                stop, qualified = False, False  # 全体|(扩大)会议: the word a qualifier splits off its suffix
            if type_ == "Event" and pos in _VERB_POS and word not in lex.name_words and \
                    (_SESSION.match(text, sent.spans[tok][1] - base) or (b == start and text.startswith(_PLENUM, b))):
                break  # 担负|十届市政协二次全体会议, 对照|全会: a verb before a session's number or a plenum
            if type_ == "Event" and word in lex.co_agents and \
                    text[:sent.spans[tok][0] - base].endswith(_CLOSING_QUOTES):
                stop = False  # “海燕2023”|联合|缉私行动: a joint operation named by its code
            if type_ == "Organization" and word in lex.co_agents and \
                    text[:sent.spans[tok][0] - base].endswith(_ATTRIBUTIVE):
                stop = False  # …组成的|联合|验收小组: a joint body, after the clause that describes it
            if type_ == "Event" and word.endswith(lex.suffixes["Event"]) and \
                    (text.startswith("暨", b) or (b == start and text.startswith(lex.meeting_parts, b))):
                stop = False  # …学习会议|暨党组会议, …三次会议|闭幕会: a name that ends in its own suffix, and more
            if type_ == "Organization" and word in self._joints and b != start:
                break  # 广州海关|隶属|大铲海关缉私分局: two units
            if type_ == "Organization" and self._glued_joiner(text, sent.spans[tok][0] - base, b):
                break  # 县安委办和/nt|县消防救援大队: two units, the tagger's token glued to the 和 between them
            if type_ == "Organization" and word in lex.office_links:
                break  # 许栋|任/nt|市交通局: the verb of holding an office
            if type_ == "Organization" and word == "和" and b != start and tok and sent.pos[tok - 1] in ("n", "vn") \
                    and atom_end.get(sent.spans[tok][0] - base) is None and \
                    not text[:sent.spans[tok][0] - base].endswith(self._named_ends) and \
                    sent.tokens[tok - 1] not in _UNIT_NOUNS and \
                    not any(a.start == b for a in atom_end.values()):  # (not 省委|和|省政府, 化纤公司|和|房地产公司)
                b = sent.spans[tok][0] - base  # 省文化|和|旅游厅: two fields one department serves
                continue
            if type_ == "Organization" and word in lex.stationed_words and b != start:
                b = sent.spans[tok][0] - base  # 驻|部纪检监察组, 深圳海关|驻|三门岛办事处: a unit stationed somewhere
                continue
            if type_ == "Organization" and pos == "t" and _HAS_DIGIT.search(word):
                break  # 总结了|2011年以来|全省供销合作社办公室工作: when, never part of a unit's name
            if type_ == "Location" and b == start and (floor := _FLOOR.search(text, 0, b)):
                b = floor.start()  # 百合镇人民政府|三楼大|会议室: the floor of a building and the size of its room
                continue
            if type_ == "Location" and word in _AGES and tok and sent.tokens[tok - 1] in lex.venue_prepositions:
                b = sent.spans[tok][0] - base  # 在|新|行政楼206会议室: a building told from the old one by its age
                continue
            if type_ == "Concept" and (word in lex.levels or (word[:1] == "全" and word[1:] in lex.levels)):
                break  # 全市|党史学习教育: where a campaign is carried out, not its name
            if stop and type_ == "Event" and not quoted and text.startswith(lex.quoted_suffixes["Event"], start) and \
                    not text.startswith(_BARE_OPERATION, start) and \
                    (task := _TASK_AFTER_CODE.search(text, 0, b)) and \
                    not any(w in task.group(1) for w in lex.quoted_suffixes["Event"]):
                b = task.start(1)  # “NJ-417”|打击濒危野生动物及其制品走私|专项行动: the code names the operation
                continue  # across the words of its task
            if stop or word.strip() != word or _ends_in_stop(word) or (type_ == "Organization" and b != start and
                                                                     word in self._body_nouns):
                break  # 模范单位|丹东化纤公司: a common noun for bodies opens no body's name
            if type_ == "Event" and pos in _VERB_POS and len(word) > 1 and word[-1] in _RESULTS and \
                    text[b:b + 1] in LEVEL_CHARS:
                break  # 切实增强做好|市十三次党代会精神…: a verb of result takes a level's meeting as its object (but
                # 一体抓好业务管理…落到实处专题电视电话会议 is one name)
            if type_ == "Organization" and pos in _VERB_POS and b == start and \
                    (owner := self._owner_of_task(sent, b, ends, atom_end)) is not None:
                b = owner  # 县委|全面|深化改革|委员会: a body named for its task, inside its parent
                break
            if type_ == "Organization" and pos in _VERB_POS and b == start and self._listed_stem(sent, tok, start):
                b = sent.spans[tok][0] - base
                break  # 市发改委、|规划/v 局/n|、房管局: units listed, a stem read as a verb
            directs = studies or word in lex.directing_verbs
            if type_ != "Event" and (pos in _VERB_POS or (directs and pos in _UNIT_POS)) and \
                    (word not in lex.name_words or not after_atom) and not (
                    type_ == "Organization" and not directs and self._task_body(sent, start, ends)
                    and (self._level_before(sent, tok, atom_end) or self._opens_list(sent, tok))):
                # 厦门海关|贯彻/nt 落实/nt 总署
                break  # a verb ends an organisation or concept name, unless 学习贯彻 before a named doctrine, or
            # the task of a group after the level it serves (县|扫黑/v 除恶…督导组, 县|疫情|防控/v 领导小组)
            after_atom = word in lex.name_words and after_atom
            b = sent.spans[tok][0] - base
        joiner = next((j for j in lex.joiners if text.startswith(j, b)), "")
        if joiner and b != start:
            b += len(joiner)  # 和|省委全会: a joiner opens no name
        if type_ == "Event" and text.startswith(_DONE, b) and text.endswith(_WATCHING, 0, b) and b != start:
            b += len(_DONE)  # 收听收看完|省、市…会议, 参加完|全国…会议: the verb's end, no part of the name
        if text[b - 1:b] == OURS and text[b:b + 1] in LEVEL_CHARS and b != start:
            b += 1  # 我|市|2022年…座谈会: the level of 我市 is whose, no part of the name
        return b if start - b <= _MAX_NAME else start

    def _kind_of_place(self, name: str) -> bool:
        """Whether a unit's name is a kind of place and a unit's suffix (乡镇|政协, 乡镇|政协工委, 基层|派出所: every
        township's)."""
        return any(name.startswith(k) and len(name) > len(k) and (name[len(k):] in self.lex.place_bound or
                                                                 name.endswith(self._unit_suffixes))
                   for k in self.lex.place_kinds)

    @staticmethod
    def _glued_levels(sent: Sentence, b: int, type_: str) -> int:
        """Where a meeting's name starts when the unit it opens with at ``b`` sits inside one token after levels
        (省市政协/n|主席座谈会: the meeting of both levels' chairs, no 省 left over) or inside a place's token
        (济宁|市/ns|政府第六次全体(扩大)会议: the city's government)."""
        if type_ != "Event":
            return b
        tok = next((k for k, (s, e) in enumerate(sent.spans) if s - sent.start < b < e - sent.start), None)
        if tok is None:
            return b
        opening = sent.spans[tok][0] - sent.start
        place = bool(sent.pos) and sent.pos[tok] == _PLACE_TAG
        return opening if place or all(ch in LEVEL_CHARS for ch in sent.text[opening:b]) else b

    def _level_before(self, sent: Sentence, tok: int, atom_end: dict[int, Mention]) -> bool:
        """Whether a bare administrative level (县, 市) or a named committee (区委全面依法治区委员会|守法/v 普法
        协调小组) stands at most ``_TASK_WORDS`` plain words before token ``tok``, nothing that ends a name
        between."""
        for k in range(tok - 1, max(-1, tok - 1 - _TASK_WORDS), -1):
            word = sent.tokens[k]
            owner = atom_end.get(sent.spans[k][1] - sent.start)
            if word in self.lex.levels or (owner is not None and owner.type == "Organization" and owner.source.named
                                           and owner.text.endswith(_COMMITTEES)) or \
                    (sent.pos and sent.pos[k] in _UNIT_POS and word.startswith(self.lex.levels)):
                return True  # (县疫情/nt 防控/v: a level the tagger glued into a unit's word)
            if word in self.lex.breakers or not word.strip() or (sent.pos and sent.pos[k] in _STOP_POS):
                return False
        return False

    @staticmethod
    def _opens_list(sent: Sentence, tok: int) -> bool:
        """Whether token ``tok`` opens an item of a list (…成员单位、|打击/v 侵权假冒工作领导小组): a group's task,
        no verb of the sentence, may open the group's name there."""
        return tok > 0 and sent.tokens[tok - 1] == "、"

    @staticmethod
    def _listed_stem(sent: Sentence, tok: int, start: int) -> bool:
        """Whether verb token ``tok`` and the bare suffix after it, starting at ``start``, are an item of a list of
        units, 、 on both sides (市发改委、|规划/v 局/n|、房管局)."""
        text, base = sent.text, sent.start
        suffix = next((k for k, (b, _) in enumerate(sent.spans) if b - base == start), None)
        if suffix is None or len(sent.tokens[suffix]) > 2 or len(sent.tokens[tok]) > 2:
            return False
        before, after = sent.spans[tok][0] - base - 1, sent.spans[suffix][1] - base
        return before >= 0 and text[before] == "、" and text[after:after + 1] in ("、", "等")

    def _task_body(self, sent: Sentence, start: int, ends: dict[int, int]) -> bool:
        """Whether the name read from ``start`` ends in a body named for its task: a group or a headquarters
        (…领导小组, 县疫情|防控/v 应急指挥部/vn)."""
        before = ends.get(start)
        word = sent.tokens[before + 1] if before is not None and before + 1 < len(sent.tokens) else ""
        return sent.text.startswith(self._groups, start) or word.endswith(self._groups)

    def _owner_of_task(self, sent: Sentence, b: int, ends: dict[int, int], atom_end: dict[int, Mention]) -> int | None:
        """Where the unit starts whose body is named for a task right before ``b`` (县委|全面深化改革|委员会,
        省|安全生产|委员会): the unit's start when only plain words stand between it and ``b``."""
        lex, pos, words = self.lex, b, 0
        before = ends.get(b)  # the token that ends at b; the body's token follows it
        body = sent.tokens[before + 1] if before is not None and before + 1 < len(sent.tokens) else ""
        if not lex.is_generic("Organization", body):
            return None  # 给予|招商局集团: a name of its own, no body named for a task
        while pos > 0 and words < _TASK_WORDS:
            atom = atom_end.get(pos)
            if atom is not None and atom.type == "Organization" and atom.source.named and words:
                return atom.start
            tok = ends.get(pos)
            if tok is None or atom is not None:
                return None
            word = sent.tokens[tok]
            if word in lex.breakers or word in lex.not_names or not word.strip() or _ends_in_stop(word) or \
                    (sent.pos and sent.pos[tok] in _STOP_POS - _ADVERB_POS):
                return None  # 县委|全面|深化改革: an adverb of the task may stand inside
            pos, words = sent.spans[tok][0] - sent.start, words + 1
        return None

    @staticmethod
    def _byline(text: str, line: Dateline) -> list[Mention]:
        """The agencies, reporters and their titles of a dateline opening the sentence."""
        spans = [(b, e, "Organization") for b, e in line.agencies] + [(b, e, "Position") for b, e in line.titles]
        spans += [(b, e, "Person") for b, e in line.persons]
        return [Mention(b, e, "".join(text[b:e].split()), type_, S.BYLINE) for b, e, type_ in spans] + [
            Mention(b, e, text[b:e], "Person", S.NER) for b, e in line.untitled]

    def _quoted(self, text: str) -> list[Mention]:
        """Quoted short phrases: named concepts and slogans (“四个意识”), operations named by their code
        (“龙腾行动2023”), a case's code (“2015.11.11”: the case named before), an operation's code given before its
        name (代号为“LS16”的…: the operation named after it), and titles of documents (《决定》)."""
        quotes = [m for m in _QUOTED.finditer(text) if not _HONOUR_AFTER.match(text, m.end())
                  and not (len(m.group()) <= _DAY_QUOTE_MAX and _FESTIVAL_AFTER.match(text, m.end()))  # “五一”
                  # 国际劳动节: a festival's day, no slogan (but “走基层 送温暖”|春节慰问活动 is one)
                  and not text.startswith(_SPEECH_AFTER, m.end())  # “七一”重要讲话: a speech's day
                  and not _TALK_TITLE.match(text, m.end())  # “…”的主题发言: a talk's title
                  and not _TITLE_AFTER.match(text, m.end()) and not text.startswith("号", m.end())  # “缘升1”号船舶
                  and not _HONOUR_BEFORE.search(text, max(0, m.start() - 3), m.start())
                  and not m.group()[1:-1].endswith(self.lex.not_slogan_endings)  # 荣获“全国五一劳动奖状”
                  and not m.group()[1:-1].startswith(self.lex.not_slogan_openings)  # “如何…”: a topic
                  and not m.group()[1:-1].endswith(_SENTENCE_ENDS)]  # “…请求协助抓捕。”: words said
        fit = [m for m in quotes if len(m.group()) <= self.lex.quoted_max + 2 and not _CASE_CODE.match(m.group())
               and not CODE_GIVEN.match(text, m.start())  # 代号为“LS16”的…行动: the operation's code, no slogan
               and not _TALLY.search(m.group()) and not _BODIES.fullmatch(m.group())]
        named = {m.start() for m in fit if _OPERATION_CODE.search(m.group()) or _DOCTRINE_AFTER.match(text, m.end())
                 or ((_SLOGAN.search(m.group()) or _parallel(m.group()) or self._doctrine(m.group()))
                     and not _CODE_END.search(m.group()))}
        for one, other in itertools.pairwise(fit):  # “知行合一”、“明道修身”: slogans listed as one
            if text[one.end():other.start()] == "、" and {one.start(), other.start()} & named and \
                    not _OPERATION_CODE.search(one.group() + other.group()):
                named |= {one.start(), other.start()}
        out = [Mention(m.start(), m.end(), m.group(), "Event" if _OPERATION_CODE.search(m.group()) or
                       m.group()[:-1].endswith(_OPERATION) else "Concept", S.QUOTE) for m in fit if m.start() in named]
        out += [Mention(m.start(), m.end(), m.group(), "Case", S.GENERIC) for m in quotes
                if _CASE_CODE.match(m.group())]
        out += [Mention(m.start(), m.end(), m.group(), "Event", S.GENERIC) for m in CODE_GIVEN.finditer(text)]
        return out + [Mention(m.start(), m.end(), m.group(), "Concept", S.QUOTE) for m in DOCUMENT_TITLE.finditer(text)]

    def _doctrine(self, quoted: str) -> bool:
        """Whether a quoted phrase ends like a doctrine, a campaign or a system of rules (“枫桥经验”, “河长制”;
        “智慧海关”建设 is not one)."""
        inner = quoted[1:-1]
        return any(inner.endswith(w) and len(inner) > len(w)
                   for w in (*self.lex.quoted_suffixes.get("Concept", ()), *self.lex.doctrine_endings))

    def _office_heads(self, text: str, cands: list[Mention]) -> list[Mention]:
        """A title opened by an office's name (办公室|主任, 政治部|主任) leaves the office's name to a named unit
        that ends with it: 全国打击走私综合治理办公室|主任 is the office and its 主任."""
        units = [c for c in cands if c.type == "Organization" and c.source in (S.NER, S.SUFFIX)]
        out = []
        for c in cands:
            unit = next((u for u in units if u.start < c.start < u.end < c.end and text[c.start:u.end] in
                         self.lex.office_names and text[u.end:c.end] in self.lex.positions), None) \
                if c.type == "Position" and c.source == S.LEXICON else None
            out.append(c if unit is None else Mention(unit.end, c.end, text[unit.end:c.end], c.type, c.source))
        return out

    @staticmethod
    def _resolve_overlaps(cands: list[Mention]) -> list[Mention]:
        """Keep non-overlapping candidates: the byline, lexicon titles and meetings named by a suffix first
        (a meeting named after who holds it, 省委书记专题会议, keeps its title), then the longest, then by
        source priority."""
        cands.sort(key=lambda c: ((c.type, c.source) not in _FIRST and c.source != S.BYLINE,
                                  -(c.end - c.start),
                                  -_PRIORITY.get(c.source, 0), c.start))
        taken: list[Mention] = []
        for c in cands:
            if all(c.end <= t.start or t.end <= c.start for t in taken):
                taken.append(c)
        taken.sort(key=lambda c: (c.start, c.end, c.text, c.type, c.source))
        return taken


def _glued(ms: list[Mention], type_: str, one: Callable[[Mention, Mention], bool]) -> list[Mention]:
    """``ms`` with each two mentions of ``type_`` written one right after the other that ``one`` reads as one name
    made one, the first's source kept."""
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if prev is not None and prev.type == m.type == type_ and prev.end == m.start and one(prev, m):
            out[-1] = Mention(prev.start, m.end, prev.text + m.text, type_, prev.source)
        else:
            out.append(m)
    return out


def _addresses(ms: list[Mention], regions: frozenset[str]) -> list[Mention]:
    """Places written one inside the next are one address, the fullest (福建省|福州市, 四川省|乐山市|沙湾区,
    吴角乡|上湖村, a province named without its level: 广西|南宁市, and a country before its city: 美国|迈阿密市)."""
    return _glued(ms, "Location", lambda prev, m: prev.text.endswith(_ADDRESS_LEVELS) or prev.text in regions or
                  m.text.endswith(_ADDRESS_LEVELS))


def _party_branches(ms: list[Mention], parties: tuple[str, ...]) -> list[Mention]:
    """A democratic party and its place's committee written right after it are one unit, the party's branch
    (九三学社|济南市委, 农工党|市委会): no member of the Communist Party's committee of that place."""
    return _glued(ms, "Organization",
                  lambda prev, m: prev.text.endswith(parties) and bool(_BRANCH_COMMITTEE.fullmatch(m.text)))


#: a place's committee, which names a democratic party's branch after the party (济南市委, 省委会)
_BRANCH_COMMITTEE = re.compile(r"[\u4e00-\u9fff]{0,6}[省市县区州]委会?")


def _committee_and_government(ms: list[Mention]) -> list[Mention]:
    """A level's party committee and its government written as one word are two units (区委|区政府)."""
    out: list[Mention] = []
    for m in ms:
        pair = _COMMITTEE_AND_GOVERNMENT.fullmatch(m.text) if m.type == "Organization" else None
        if pair is None:
            out.append(m)
            continue
        cut = pair.start(2)
        leveled = pair.group(2).startswith(pair.group(1))  # (市委|政府: a government of no level named)
        out += [replace(m, end=m.start + cut, text=m.text[:cut]),
                replace(m, start=m.start + cut, text=pair.group(2), source=m.source if leveled else S.GENERIC)]
    return out


def _date_ranges(text: str, ms: list[Mention]) -> list[Mention]:
    """Two dates joined by 至 are one range (1月至9月, 3月3日至4日)."""
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if prev is not None and prev.type == m.type == "Date" and text[prev.end:m.start] in _RANGE_JOINERS:
            out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], "Date", prev.source)
        else:
            out.append(m)
    return out


def _parallel(quoted: str) -> bool:
    """Whether a quoted phrase is two halves of one length a space parts (“走基层 送温暖”)."""
    halves = _HALVES.match(quoted)
    return halves is not None and len(halves.group(1)) == len(halves.group(2))


def _led_places(text: str, ms: list[Mention], leaders: tuple[str, ...]) -> list[Mention]:
    """Places whose leaders are spoken of (石岐街道、三角镇|负责同志, 五台山机场|负责人) act as units: the
    township's or the airport's office, as dev writes 省委组织部…有关负责同志出席."""
    out = list(ms)
    run: list[int] = []
    for k, m in enumerate(out):
        if m.type != "Location":
            run = []
            continue
        if run and text[out[run[-1]].end:m.start] not in _PLACE_JOINERS:
            run = []
        run.append(k)
        rest = text[m.end:].removeprefix("有关").removeprefix("相关").removeprefix("主要")
        if charge := _IN_CHARGE.match(rest):
            rest = rest[charge.end():]  # 小河口镇|分管防汛抗旱工作|领导: the leader in charge of a field
        if rest.startswith(leaders) and (k + 1 == len(out) or out[k + 1].start > m.end):
            for j in run:
                out[j] = replace(out[j], type="Organization")
            run = []
    return out


#: the field a leader is in charge of (分管防汛抗旱工作|领导)
_IN_CHARGE = re.compile(r"分管[^，,。；;、]{1,12}?工作的?")
#: what joins places listed before whose leaders they are (石岐街道、|三角镇, 定襄县|及|五台山机场)
_PLACE_JOINERS = ("、", "和", "及", "以及")


def _members(text: str, ms: list[Mention]) -> list[Mention]:
    """``ms`` with 成员 a title where a body's membership is written as an item of a person's titles (中央宣讲团|成员|、
    中央农办主任韩文秀) or right before the names of its members (省委巡视组|成员|杨剑、张国斌; not 领导小组成员、
    各村主任…参加: members of a body who attend, none named)."""
    ms = sorted(ms, key=lambda m: m.start)

    def titled(m: Mention, at: int) -> bool:
        return m.type == "Organization" and text.startswith(_MEMBER, m.end) and \
            (text[at:at + 1] in _TITLE_ITEM_GAPS or any(o.start == at and o.type == "Person" for o in ms)) and \
            not any(o.start < at and m.end < o.end for o in ms) and \
            next((o.type for o in ms if o.start >= at and o.type not in _TITLE_ITEMS), "") == "Person"

    members = [Mention(m.end, at, _MEMBER, "Position", S.LEXICON) for m in ms if titled(m, at := m.end + len(_MEMBER))]
    return sorted([*ms, *members], key=lambda m: m.start)


def _firms(sent: Sentence, ends: dict[int, int]) -> list[Mention]:
    """The names of a list of firms (达丰电脑、宗申动力、…、巴斯夫等外贸外资企业; 组织了|新大正物业、国美电器…等10余家
    企业): each a unit, however NER split or typed it, when a token of it is tagged a proper name (汽车、电子等企业:
    trades, no firms); the first is the nouns before its 、."""
    text, base, out = sent.text, sent.start, []
    for end in _FIRMS_END.finditer(text):
        opens = max(text.rfind(c, 0, end.start()) for c in _CLAUSE_END if c != "、") + 1
        parts = text[opens:end.start()].split("、")
        if len(parts) < 2:
            continue
        first_end = opens + len(parts[0])
        tok = ends.get(first_end)
        start = first_end
        while tok is not None and sent.pos and sent.pos[tok] in _NOUN_POS and start > opens:
            start = sent.spans[tok][0] - base
            tok = ends.get(start)
        spans, b = [(start, first_end)], first_end + 1
        for part in parts[1:]:
            spans.append((b, b + len(part)))
            b += len(part) + 1
        for b, e in spans:
            proper = bool(sent.pos) and any(sent.pos[k] in _PROPER_POS for k, (tb, te) in enumerate(sent.spans)
                                            if b <= tb - base and te - base <= e)
            if 2 <= e - b <= _FIRM_MAX and _FIRM_NAME.fullmatch(text, b, e) and proper:
                out.append(Mention(b, e, text[b:e], "Organization", S.LIST))
    return out


def _places_before(text: str, b: int, at: int, atom_end: dict[int, Mention]) -> re.Match[str] | None:
    """The end of a list of places whose units a name from ``b`` with its suffix at ``at`` stands for (南宁、深圳等地|,
    天津、昆明等13个直属|海关), or the 等 right after a place (南宁、广州等|海关缉私局; not 钱三雄、杨建新等|…中心组,
    nor 北京、山东等|省区市政协…, 山东、湖北等|10省区市…领导小组: the body of every province)."""
    some = next((p for p in _SOME_PLACES.finditer(text, max(0, b - _LIST_END_MAX), at) if p.end() > b or p.end() == at),
                None)
    return some or next((p for p in _AND_OTHERS.finditer(text, max(0, b - 1), at)
                         if p.end() in (b, at) and getattr(atom_end.get(p.start()), "type", "") == "Location"
                         and not _COUNTED_LEVELS.match(text, p.end())), None)


def _places_end(text: str, at: int) -> re.Match[str] | None:
    """A list of places that ends right before ``at`` with 等地, 两地 …"""
    return next((p for p in _SOME_PLACES.finditer(text, max(0, at - 4), at) if p.end() == at), None)


def _inside_quotes(text: str, b: int, e: int, type_: str) -> int:
    """Where a name ending at ``e`` starts inside the quotes around it: a quoted meeting is named whole
    though it lists (“北京奥运会、残奥会总结表彰大会”), and the quotes are not part of the name
    (召开|“盐田区反走私工作联席会议”)."""
    if type_ == "Event" and text[e:e + 1] in _CLOSING_QUOTES:
        q = max(text.rfind(o, 0, b + 1) for o in _OPENING_QUOTES)
        if q >= 0 and e - q <= _MAX_NAME and not any(c in text[q + 1:e] for c in (*_CLOSING_QUOTES, "，", "。")):
            b = q
    opening = max(text.rfind(o, b, e) for o in _OPENING_QUOTES)
    closes = opening >= b and text[opening] == '"' and text.count('"', b, opening) % 2 == 1  # 庆祝"五一|"…
    if opening >= b and not closes and not any(q in text[opening + 1:e] for q in _CLOSING_QUOTES):
        b = opening + 1  # (举行———“|周日志愿行动”: a word the tagger glued to the opening quote)
    return b


def _quoted_inside(text: str, b: int, e: int) -> bool:
    """Whether ``b:e`` lies inside a pair of quotes (“全国五一劳动奖状”)."""
    opening = max(text.rfind(o, 0, b) for o in _OPENING_QUOTES)
    closing = min((k for k in (text.find(c, e) for c in _CLOSING_QUOTES) if k >= 0), default=-1)
    return opening >= 0 and closing >= 0 and not any(c in text[opening + 1:b] for c in _CLOSING_QUOTES) \
        and not any(o in text[e:closing] for o in _OPENING_QUOTES)


def _committees_of_titles(ms: list[Mention], atoms: list[Mention]) -> list[Mention]:
    """The party's committee of a place NER names whole (中共上海市委/ORG|书记) stays beside the committee's title
    the lexicon finds (市委书记), over which it runs: the title holder is its member (but 张家口市委/ORG|副书记 is
    the compound title of a place, whole, of no unit)."""
    out = list(ms)
    for a in atoms:
        committee = _LEVEL_COMMITTEE.search(a.text)
        if a.type != "Organization" or a.source != S.NER or committee is None or not a.text.startswith(_CPC):
            continue
        at = a.end - len(committee.group())
        if at > a.start and any(m.type == "Position" and m.start == at for m in ms) and \
                not any(m.start < at and m.end > a.start for m in ms):
            out.append(a)
    return sorted(out, key=lambda m: m.start)


def _hosted_by_aka(text: str, ms: list[Mention]) -> list[Mention]:
    """A meeting named after a unit written with its other name in parentheses is named whole, the units inside it
    (中央党校|(|国家行政学院|)中|青年干部培训班开班式: the tagger cut 中 off)."""
    out: list[Mention] = []
    for m in ms:
        if m.type == "Event" and len(out) >= 2 and (aka := out[-1]).type == (host := out[-2]).type == "Organization" \
                and text[host.end:aka.start] in _OPEN_PARENS and text[aka.end:aka.end + 1] in _CLOSE_PARENS \
                and len(gap := text[aka.end + 1:m.start]) <= _AKA_GAP and all(map(_CJK.match, gap)) \
                and not _FUNCTION_CHARS & set(gap):
            del out[-2:]
            m = Mention(host.start, m.end, text[host.start:m.end], "Event", m.source)
        out.append(m)
    return out


def _untitled(ms: list[Mention]) -> list[Mention]:
    """Without a person NER reads right before a title whose holder follows it (建瓯/nr 市长 周安有: a place)."""
    drop = {i for i in range(len(ms) - 2) if ms[i].type == "Person" and ms[i].source == S.NER
            and ms[i + 1].type == "Position" and ms[i + 1].start == ms[i].end
            and ms[i + 2].type == "Person" and ms[i + 2].start == ms[i + 1].end}
    return [m for i, m in enumerate(ms) if i not in drop]


def _before_title(b: int, e: int, titles: dict[int, int]) -> int:
    """Where a unit's span ``b:e`` ends: where a title that runs past it begins (深圳海关|党委书记)."""
    return next((k for k in range(b + 1, e) if titles.get(k, 0) > e), e)


def _ends_in_stop(word: str) -> bool:
    return word[-1] in "，。；：！？、,.;:!?（）()《》【】"
