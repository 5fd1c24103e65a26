"""Text encodings of order files: UTF-8 (with or without BOM), CP949, GB18030, Shift_JIS.

Chosen by the person (`--encoding`), or detected: a byte-order mark decides; then strict
UTF-8; then every legacy candidate that decodes strictly is scored by how typical its text
is of the language that encoding is used for (common Hangul syllables for CP949, common
Chinese characters for GB18030, kana and common kanji for Shift_JIS). One clear winner is
taken; otherwise the file is refused with the candidates named, never guessed.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TypeVar

from fulfil_desk.core.kernel.errors import BadFile
from fulfil_desk.core.kernel.messages import Message, Term

_Said = TypeVar("_Said", Message, Term)

# Canonical name → codec; a person reads its name as the term `encoding.<canonical name>`.
# shift_jis is decoded as cp932 (Windows-31J), the superset Japanese Windows and Amazon JP
# actually write.
_CODECS = {
    "utf-8": "utf-8-sig",
    "utf-16": "utf-16",
    "cp949": "cp949",
    "gb18030": "gb18030",
    "shift_jis": "cp932",
}
_ALIASES = {
    "utf8": "utf-8",
    "utf-8-sig": "utf-8",
    "utf_8": "utf-8",
    "utf-16le": "utf-16",
    "utf-16be": "utf-16",
    "euc-kr": "cp949",
    "euckr": "cp949",
    "euc_kr": "cp949",
    "uhc": "cp949",
    "ks_c_5601-1987": "cp949",
    "ms949": "cp949",
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "cp936": "gb18030",
    "sjis": "shift_jis",
    "shift-jis": "shift_jis",
    "cp932": "shift_jis",
    "ms932": "shift_jis",
    "windows-31j": "shift_jis",
}
LEGACY = ("cp949", "gb18030", "shift_jis")
CHOICES = ("utf-8", *LEGACY)

# Frequent characters of order files: names, addresses, product words.
_COMMON_KO = set(
    "가각간갈감강개거건걸검게겨견결경계고곡골공과관광교구국군궁권귀규그근금기길김까나남내너네녀년"
    "노농누뉴느는늘니다단달담당대더덕데도독돌동두둘드득들등디라락란람랑래량러런레려력련렬령례로록론"
    "료루류륙률르른를름리린림립마막만말망매맥머먹메면명모목몰몽무문물미민밀바박반발방배백버번벌범법"
    "베벤벨변별병보복본봉부북분불브블비빌빛사산살삼상새색생서석선설섬성세센셀소속손송쇼수숙순술숭스"
    "슬습승시식신실심십써씨아악안알암압앙애액야약양어억언얼엄업에엔엘여역연열염영예오옥온올와완왕외"
    "요용우욱운울움웅원월위유육윤율은을음읍응의이익인일임입있자작잔장재저적전절점접정제조족존종좌주"
    "죽준줄중즈증지직진질집징차착찬참창채책처천철첨청체초촌총최추축춘출충취츠측치칙친칠침카캠커컨컵"
    "케코콘쿠크클키타탁탄태택터테텍토통투트특티파판팔패퍼페편평포폰표푸품프플피필하학한할함합항해핵"
    "행향허헌험혁현혈협형혜호혹홈홍화확환활황회획효후훈휘휴흑흥희히"
)
_COMMON_ZH = set(
    "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可"
    "她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三"
    "已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女"
    "问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由"
    "却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路"
    "期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八"
    "特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花"
    "快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区际试千兵石衣省广州圳杭"
    "汉都庆津苏郑岛厦福江浙湖川徽辽吉黑龙云贵陕甘疆藏蒙古县镇乡村街楼室栋单园厦层座店铺责话码收货址"
    "邮编商品称量价格颜尺蓝绿灰粉紫黄套装双只盒包袋瓶杯壶线充器耳据壳护膜袜衬衫短袖裤鞋帽笔记李刘陈"
    "杨赵吴徐孙朱胡郭罗梁谢宋唐韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏"
    "韦付邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾郝龚邵钱严覃戴莫孔汤伟芳娜敏静丽磊洋勇艳杰娟涛超秀霞刚桂"
    "英玉萍号朝阳门外浦东科技宁波无锡佛莞珠温泉号"
)
_COMMON_JA_KANJI = set(
    "東京都府県市区町村丁目番地号大阪神奈川愛知埼玉千葉兵庫北海道福岡静広島宮城新潟長野岐阜群馬栃木"
    "山福島三重熊本鹿児沖縄口媛崎滋賀良青森岩手分石形富秋田香和歌佐井徳高知根鳥取渋谷宿港中央代品世"
    "黒杉並練板橋足立江戸横浜名古屋札幌仙台藤鈴渡辺小林加吉松村清水森池阿部斎前後遠西原太郎花子一二"
    "様方株式会社有限店舗階室南北内上下日本商色黒白赤青用個入円税送料"
)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # canonical name: utf-8, utf-16, cp949, gb18030, shift_jis


def canonical(name: str) -> str:
    """The canonical name of an encoding a person typed; unknown names are refused."""
    key = name.strip().lower().replace(" ", "")
    key = _ALIASES.get(key, key)
    if key not in _CODECS:
        raise BadFile(Message("exchange.unknown_encoding", name=name, choices=CHOICES))
    return key


def label(name: str) -> Term:
    return Term("encoding", canonical(name))


def decode(data: bytes, file: str, *, encoding: str | None = None, header_words=()) -> Decoded:
    """The file's text. `header_words`: column names (non-ASCII) of known layouts; a
    candidate whose first lines contain them wins over the character statistics."""
    if encoding:
        return _decode_as(data, file, canonical(encoding))
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_as(data, file, "utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_as(data, file, "utf-16")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    decoded = {}
    for name in LEGACY:
        try:
            decoded[name] = data.decode(_CODECS[name])
        except UnicodeDecodeError:
            continue
    if not decoded:
        raise BadFile(Message("exchange.no_encoding_fits", file=file))
    winner = _by_header(decoded, header_words) or _by_statistics(decoded)
    if winner:
        return Decoded(decoded[winner], winner)
    names = list(decoded)
    raise BadFile(
        Message(
            "exchange.encoding_unclear",
            file=file,
            readings=_or([label(n) for n in names]),
            options=_options(names),
        )
    )


def _decode_as(data: bytes, file: str, name: str) -> Decoded:
    try:
        return Decoded(data.decode(_CODECS[name]), name)
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        others = [n for n in CHOICES if n != name]
        raise BadFile(
            Message(
                "exchange.not_that_encoding",
                file=file,
                encoding=label(name),
                line=line,
                options=_options(others),
            )
        ) from None


def _options(names: list[str]) -> Message:
    """`--encoding cp949, --encoding gb18030 or --encoding shift_jis`, as a message."""
    return _or([Message("exchange.encoding_option", name=n) for n in names])


def _or(items: list[_Said]) -> _Said | Message:
    """One item as it is, two as "a or b", more as "a, b or c"."""
    if len(items) == 1:
        return items[0]
    return Message("exchange.or_last", items=tuple(items[:-1]), last=items[-1])


def _by_header(decoded: dict[str, str], words: Collection[str]) -> str | None:
    words = {w for w in words if not w.isascii()}
    if not words:
        return None
    hits = {}
    for name, text in decoded.items():
        head = " ".join(text[:4000].lower().splitlines()[:5])
        hits[name] = sum(word in head for word in words)
    best = max(hits, key=hits.__getitem__)
    rivals = [n for n, h in hits.items() if n != best and h > 0]
    return best if hits[best] >= 2 and not rivals else None


def _by_statistics(decoded: dict[str, str]) -> str | None:
    scores = {name: typicality(text[:200_000], name) for name, text in decoded.items()}
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
    best = ranked[0]
    second = scores[ranked[1]] if len(ranked) > 1 else 0.0
    if scores[best] >= 0.5 and scores[best] >= 2 * second:
        return best
    return None


def typicality(text: str, name: str) -> float:
    """0–1: how much `text` looks like the language `name` is used for."""
    hangul = han = kana = halfwidth = rare_hangul = 0
    common_ko = common_zh = common_ja = 0
    for ch in text:
        if ch.isascii():
            continue
        code = ord(ch)
        if 0xAC00 <= code <= 0xD7A3:
            hangul += 1
            common_ko += ch in _COMMON_KO
            rare_hangul += _is_rare_hangul(ch)
        elif 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
            han += 1
            common_zh += ch in _COMMON_ZH
            common_ja += ch in _COMMON_JA_KANJI
        elif 0x3040 <= code <= 0x30FF:
            kana += 1
        elif 0xFF61 <= code <= 0xFF9F:
            halfwidth += 1
    letters = hangul + han + kana + halfwidth
    if not letters:
        return 0.0
    if name == "cp949":
        if kana + halfwidth or rare_hangul > 0.05 * max(hangul, 1) or han > 0.2 * hangul:
            return 0.0
        return common_ko / letters
    if name == "gb18030":
        return 0.0 if hangul + kana + halfwidth else common_zh / letters
    if hangul or halfwidth > 0.3 * letters:  # shift_jis
        return 0.0
    return (kana + common_ja + halfwidth) / letters


def _is_rare_hangul(ch: str) -> bool:
    """Syllables outside KS X 1001's 2,350: CP949 has them, but Korean text hardly uses them."""
    try:
        ch.encode("euc_kr")
    except UnicodeEncodeError:
        return True
    return False
