"""Korean: the command line's help (the English is en/cli_help.py). Commands, options, codes
and placeholders in capitals (SKU, ORDER, FILE) are what a person types: never translated."""

WORDS: dict[str, str | tuple[str, str]] = {
    # The root, and the options every command shares
    "cli.help": "fulfil-desk: 주문 수집 → 주문 확인 → 피킹 → 포장 → 송장 → 출고, 오프라인으로.",
    "cli.help_more": (
        "명령 없이 실행하면 작업대 화면을 엽니다. 언어는 --lang, 없으면 이 작업대의 언어 "
        "설정(fulfil-desk settings language ko), 그것도 없으면 시스템 언어(LANG)를 따릅니다."
    ),
    "cli.option.db": "상점 데이터베이스 파일(기본값: 사용자 데이터 폴더).",
    "cli.option.json": "기계가 읽는 JSON으로 출력합니다.",
    "cli.option.station": (
        "여러 작업대가 데이터베이스를 함께 쓸 때 이 작업대의 이름(기본값: 이 컴퓨터의 이름)."
    ),
    "cli.option.lang": "ko, zh_CN 또는 en(기본값: 이 작업대의 언어 설정, 없으면 시스템 언어).",
    "cli.option.version": "버전을 보여 주고 끝냅니다.",
    "cli.option.help": "이 도움말을 보여 주고 끝냅니다.",
    "cli.option.as-of": "이 시각 기준으로 판단합니다(ISO 8601, 기본값: 지금).",
    # The workstation and the demo shop
    "cli.help.gui": "작업대 화면을 엽니다.",
    "cli.option.gui.demo": "빈 데이터베이스라면 먼저 데모 상점으로 채웁니다.",
    "cli.help.demo": "데이터베이스를 데모 상점(상품, 재고, 주문)으로 채웁니다.",
    "cli.option.demo.orders": "데모 상점에 만들 주문 수.",
    "cli.option.demo.history": (
        "지난 3주의 출고일에 보낸 택배(배송 완료, 배송 중)와 "
        "리뷰 2건도 만듭니다(--no-history: 만들지 않음)."
    ),
    # Orders, labels, shipping
    "cli.help.orders": "주문 목록을 출고예정일이 빠른 순으로 보여 줍니다.",
    "cli.option.orders.status": (
        "이 상태의 주문만: new, on_hold, verified, picking, picked, packing, packed, "
        "labelled, shipped, cancelled."
    ),
    "cli.help.label": "송장(주문마다 한 장, 각 주문의 택배사 레이아웃).",
    "cli.option.label.out": "PDF로 저장합니다.",
    "cli.option.label.print": "프린터로 출력합니다.",
    "cli.option.label.printer": "프린터(CUPS 대기열) 이름. 기본값: 시스템 기본 프린터.",
    "cli.help.ship": "택배사와 운송장번호를 기록합니다. 주문이 출고완료됩니다.",
    "cli.option.ship.courier": "택배사 코드(fulfil-desk couriers 참고).",
    "cli.option.ship.tracking": "운송장번호.",
    "cli.help.tracking-check": "운송장번호가 택배사의 형식과 검증 번호에 맞는지 확인합니다.",
    "cli.help.couriers": "fulfil-desk가 아는 택배사와 그 코드.",
    "cli.help.bench": (
        "화면 없는 작업대: 표준 입력으로 스캔을 받고, 스캔마다 "
        "`ok|refused PAGE ORDER MESSAGE` 한 줄로 답합니다."
    ),
    "cli.help_more.bench": (
        "ok, refused와 화면 이름은 스크립트용 코드이고, 메시지는 명령의 언어로 나옵니다. "
        "--lang이 없으면 마지막으로 스캔한 작업자 배지의 언어로 나옵니다. SAVE(프린터가 없을 "
        "때는 PRINT도)는 송장 PDF를 송장 폴더에 저장합니다."
    ),
    "cli.option.bench.labels": (
        "SAVE가 송장 PDF를 저장할 폴더(기본값: Documents/fulfil-desk/labels)."
    ),
    "cli.help.commands": "명령 시트: 작업대 명령, 박스, 택배사, 작업자 배지를 모두 바코드로.",
    "cli.option.commands.out": "시트를 PDF로 저장합니다.",
    "cli.option.commands.courier": (
        "COURIER:CODE도 시트에 넣습니다(여러 번 쓸 수 있음). 기본 택배사와 함께 제공되는 "
        "택배사는 항상 들어갑니다."
    ),
    "cli.option.commands.print": "시트를 출력합니다(A4).",
    "cli.option.commands.printer": "프린터(CUPS 대기열) 이름. 기본값: 시스템 기본 프린터.",
    # Products and stock
    "cli.help.products": "상품 목록(또는 상품 목록 가져오기).",
    "cli.help.products.import": (
        "상품 가져오기: sku, name, barcodes, bin_location, weight_g. 통관 정보는 hs_code,"
        " origin_country, customs_description."
    ),
    "cli.help.stock": "재고 현황: 현재고, 할당, 안전재고, 가용재고(전체 SKU 또는 SKU 하나).",
    "cli.help.stock.receive": "입고: SKU를 QUANTITY개 더합니다.",
    "cli.option.stock.receive.note": "예: 공급처 납품서 번호.",
    "cli.help.stock.count": "선반에 SKU가 QUANTITY개 있습니다: 차이를 재고실사로 기록합니다.",
    "cli.option.stock.count.note": "이유, 또는 실사한 사람.",
    "cli.help.stock.adjust": (
        "SKU를 DELTA개 더합니다(음수면 뺍니다). 사유가 필요합니다: `adjust SKU -3`."
    ),
    "cli.option.stock.adjust.reason": (
        "damaged(불량, 뺄 때), returned 또는 received(반품입고·입고, 더할 때), correction 또는 "
        "count(정정·재고실사, 둘 다)."
    ),
    "cli.option.stock.adjust.note": "무슨 일이 있었는지.",
    "cli.help.stock.limits": "SKU의 안전재고와 재주문점을 설정합니다.",
    "cli.option.stock.limits.safety": "안전재고: 판매 수량에 절대 내놓지 않는 수량.",
    "cli.option.stock.limits.reorder": "재주문점: 가용재고가 이 수량 이하이면 부족입니다.",
    "cli.help.stock.low": "가용재고가 재주문점 이하인 SKU.",
    "cli.help.stock.export-shippable": (
        "판매처 상품 등록용 CSV: sku, shippable, on_hand, reserved, safety_stock."
    ),
    "cli.option.stock.export-shippable.out": "저장할 CSV 파일.",
    "cli.help.settings": (
        "설정 전체나 하나를 보여 주거나, KEY를 VALUE로 바꿉니다(JSON 또는 일반 텍스트)."
    ),
    "cli.help_more.settings": (
        "language는 작업대마다 따로 있습니다: fulfil-desk settings language ko(ko, zh_CN, en, "
        "null은 시스템 언어)."
    ),
    # The calendar
    "cli.help.holidays": "휴무일: 공휴일, 상점 휴가, 택배 집하 휴무일.",
    "cli.help.holidays.list": (
        "달력의 날: 공휴일(public), 상점(shop), 택배 집하 휴무(courier), 대체 근무일(workday)."
    ),
    "cli.option.holidays.list.from": "보여 줄 첫날.",
    "cli.option.holidays.list.to": "보여 줄 마지막 날.",
    "cli.help.holidays.add": (
        "DATE(YYYY-MM-DD)를 휴무일로 지정하고, 바뀌는 출고예정일을 보여 줍니다."
    ),
    "cli.option.holidays.add.name": "그날의 이름(예: 여름휴가).",
    "cli.option.holidays.add.courier": "이 택배사만 집하하지 않습니다(기본값: 상점 휴무).",
    "cli.help.holidays.remove": (
        "DATE를 다시 출고일로 만듭니다(지운 공휴일은 다시 생기지 않습니다)."
    ),
    "cli.option.holidays.remove.courier": "이 택배사의 집하 휴무일을 지웁니다.",
    "cli.help.holidays.load-country": "국가 CC의 한 해 공휴일(과 대체 근무일)을 추가합니다.",
    "cli.option.holidays.load-country.year": "연도(예: 2027).",
    "cli.help.ship-by": "ISO8601 시각에 들어온 주문의 출고예정일(상점 시간대 기준).",
    "cli.option.ship-by.ordered-at": "주문 시각(예: 2026-02-13T15:30+09:00).",
    "cli.option.ship-by.lead-days": "기준출고일(출고일 기준 일수).",
    "cli.option.ship-by.courier": "이 택배사의 집하 휴무일도 셉니다(기본값: default_courier).",
    "cli.help.capacity": "다음 출고일들의 물량(기한이 된 미처리 주문)과 일일 출고 가능량.",
    "cli.option.capacity.days": "보여 줄 출고일 수.",
    # Order files
    "cli.help.import": (
        "주문 파일 가져오기: 쿠팡, Amazon, Shopify, eBay, 일반 CSV 또는 매핑한 양식."
    ),
    "cli.option.import.format": "파일 양식(기본값: 헤더 이름으로 알아냄).",
    "cli.option.import.mapping": "저장된 열 매핑으로 파일을 읽습니다.",
    "cli.option.import.encoding": (
        "텍스트 인코딩: utf-8, cp949, gb18030, shift_jis(기본값: 자동 감지, xlsx는 필요 없음)."
    ),
    "cli.option.import.skip-bad": "올바른 주문만 가져오고 잘못된 행을 보여 줍니다.",
    "cli.help.mapping": "fulfil-desk가 헤더로 알아보지 못하는 주문 파일의 열 매핑.",
    "cli.help.mapping.save": "열 매핑을 저장(또는 교체)합니다: 각 항목이 어느 열에 있는지.",
    "cli.option.mapping.save.order-number": "주문번호가 있는 열.",
    "cli.option.mapping.save.ordered-at": "주문 일시가 있는 열.",
    "cli.option.mapping.save.ship-by": "출고예정일이 있는 열.",
    "cli.option.mapping.save.recipient-name": "수취인 이름이 있는 열.",
    "cli.option.mapping.save.phone": "수취인 전화번호가 있는 열.",
    "cli.option.mapping.save.address1": "주소 첫째 줄이 있는 열.",
    "cli.option.mapping.save.address2": "주소 둘째 줄이 있는 열.",
    "cli.option.mapping.save.address3": "주소 셋째 줄이 있는 열.",
    "cli.option.mapping.save.city": "도시가 있는 열.",
    "cli.option.mapping.save.state": "주/도가 있는 열.",
    "cli.option.mapping.save.postal-code": "우편번호가 있는 열.",
    "cli.option.mapping.save.country": "국가가 있는 열.",
    "cli.option.mapping.save.sku": "SKU가 있는 열.",
    "cli.option.mapping.save.title": "상품명이 있는 열.",
    "cli.option.mapping.save.quantity": "수량이 있는 열.",
    "cli.option.mapping.save.unit-price": "단가가 있는 열.",
    "cli.option.mapping.save.currency": "통화가 있는 열.",
    "cli.option.mapping.save.marketplace": "주문이 속한 판매처(기본값: csv).",
    "cli.option.mapping.save.default-country": "국가 열이 없는 파일에 쓸 국가 코드.",
    "cli.option.mapping.save.from-json": (
        '"columns"(항목: 헤더)와, 필요하면 "marketplace", "country"가 있는 JSON 파일.'
    ),
    "cli.help.mapping.list": "저장된 열 매핑.",
    "cli.help.mapping.delete": "저장된 열 매핑을 지웁니다.",
    "cli.help.export-tracking": "판매처에 업로드할 출고 확인 파일(운송장번호)을 만듭니다.",
    "cli.option.export-tracking.format": "판매처 업로드 파일 양식.",
    "cli.option.export-tracking.out": "저장할 파일.",
    "cli.option.export-tracking.all": "이미 내보낸 출고도 포함합니다.",
    "cli.option.export-tracking.marketplace": "이 판매처의 주문만.",
    # Seller scores
    "cli.help.scores": "판매처별 판매자점수 지표: 비율, 분자/분모, 목표, 상태.",
    "cli.option.scores.marketplace": "이 판매처만(coupang, amazon, ebay, shopee, wish).",
    "cli.help.scores.orders": "METRIC의 현재 기간에 들어간 주문(또는 고객문의), 문제 있는 것부터.",
    "cli.help.scores.target": "공개된 목표가 없는 지표에 내 목표를 정합니다: 95%, 0.95 또는 clear.",
    "cli.help.at-risk": (
        "오늘이나 내일이 출고예정일인 미처리 주문(빠른 순)과, 늦으면 점수에 미치는 영향."
    ),
    "cli.help.inquiries": "고객문의: 접수 후 24시간 안에 답변해야 합니다.",
    "cli.help.inquiries.list": "답변하지 않은 고객문의(오래된 순)와 남은 시간(음수: 늦음).",
    "cli.option.inquiries.list.all": "답변한 것도 포함합니다.",
    "cli.help.inquiries.add": "고객문의를 기록합니다.",
    "cli.option.inquiries.add.marketplace": "문의가 들어온 판매처(기본값: 주문의 판매처).",
    "cli.option.inquiries.add.order": "문의 대상 주문.",
    "cli.option.inquiries.add.received-at": "접수 일시(ISO 8601, 기본값: 지금).",
    "cli.option.inquiries.add.subject": "문의 내용.",
    "cli.help.inquiries.answer": "고객문의를 답변 완료로 표시합니다.",
    "cli.option.inquiries.answer.at": "답변 일시(ISO 8601, 기본값: 지금).",
    "cli.help.incident": "부정적 피드백, 클레임, 차지백, 반품, 케이스, 배송 지연 신고.",
    "cli.help.incident.add": "ORDER에 이슈를 기록합니다. 발생 시각부터 지표에 반영됩니다.",
    "cli.option.incident.add.kind": "판매처가 기록한 이슈 유형.",
    "cli.option.incident.add.at": "판매처가 기록한 일시(ISO 8601, 기본값: 지금).",
    "cli.option.incident.add.reason": "구매자나 판매처가 밝힌 사유.",
    "cli.option.incident.add.note": "메모.",
    "cli.help.incident.list": "ORDER에 기록된 이슈.",
    "cli.help.delivery": (
        "ORDER의 배송 완료 일시나 구매자에게 약속한 배송일(또는 둘 다)을 기록합니다."
    ),
    "cli.option.delivery.delivered-at": "배송 완료 일시(ISO 8601).",
    "cli.option.delivery.promised": "구매자에게 약속한 배송일(YYYY-MM-DD 또는 ISO 8601).",
    "cli.help.notice": "판매처의 퍼포먼스 알림과 48시간·72시간 기한.",
    "cli.help.notice.add": "퍼포먼스 알림을 기록합니다.",
    "cli.option.notice.add.id": "알림 ID(예: PN-2026-0042).",
    "cli.option.notice.add.marketplace": "알림을 보낸 판매처.",
    "cli.option.notice.add.metric": (
        "알림의 지표: ID(late_shipment_rate) 또는 fulfil-desk scores에 표시되는 이름."
    ),
    "cli.option.notice.add.from": "데이터 기간 시작(ISO 8601).",
    "cli.option.notice.add.to": "데이터 기간 종료(ISO 8601).",
    "cli.option.notice.add.received-at": "접수 일시(ISO 8601, 기본값: 지금).",
    "cli.help.notice.list": "알림(최신 순)과 소명·개선 계획서 제출까지 남은 시간.",
    "cli.help.notice.show": "알림과 그 문제 주문(데이터 기간 안에 있는 것만).",
    "cli.help.notice.plan": "개선 계획서의 시정 조치와 예방 조치를 씁니다.",
    "cli.option.notice.plan.corrective": "취한 시정 조치.",
    "cli.option.notice.plan.preventive": "예방 조치.",
    "cli.help.notice.answered": "알림을 소명 완료로 표시합니다. 남은 시간 계산이 멈춥니다.",
    "cli.option.notice.answered.at": "소명한 일시(ISO 8601, 기본값: 지금).",
    "cli.help.poa": "NOTICE_ID의 개선 계획서를 PDF로 만듭니다.",
    "cli.option.poa.out": "저장할 PDF 파일.",
    "cli.option.poa.lang": "PDF의 언어(기본값: 명령의 언어).",
    # Packers and their statistics
    "cli.help.packers": "작업자와 배지 코드(또는 추가, 삭제).",
    "cli.help.packers.add": "작업자를 추가하거나 배지, 관리자 여부, 언어를 바꿉니다.",
    "cli.option.packers.add.badge": "작업자 배지의 코드(기본값: BADGE-0001, …).",
    "cli.option.packers.add.supervisor": "다른 작업자 대신 수량을 수동으로 확인할 수 있습니다.",
    "cli.option.packers.add.lang": "배지를 스캔하면 작업대가 바뀌는 언어(기본값: 작업대의 언어).",
    "cli.help.packers.remove": "작업자를 삭제합니다(지난 작업은 이름과 함께 작업 기록에 남습니다).",
    "cli.help.stats": "작업자·영업일별: 포장한 주문과 수량, 작업 시간과 속도, 거부된 스캔.",
    "cli.help_more.stats": (
        "주문을 연 뒤 출고까지 걸린 시간의 중앙값, 수동으로 확인한 수량, 송장 재출력도 "
        "보여 주고, 마지막에 기간 전체의 작업자별 합계를 보여 줍니다."
    ),
    "cli.option.stats.from": "첫 영업일(기본값: --to).",
    "cli.option.stats.to": "마지막 영업일(기본값: 오늘).",
    "cli.option.stats.packer": "이 작업자만(배지의 이름).",
    # Backups and personal data
    "cli.help.backup": "작업대가 계속 일하는 동안 지금 데이터베이스를 백업합니다.",
    "cli.help_more.backup": "FILE로(직접 보관), 또는 FILE 없이 백업 폴더로.",
    "cli.help.backups": "백업 폴더의 백업(최신 순).",
    "cli.help.restore": "데이터베이스 내용을 백업 FILE로 바꿉니다.",
    "cli.help_more.restore": (
        "현재 데이터베이스를 먼저 백업합니다. 다른 작업대의 fulfil-desk를 먼저 닫으세요."
    ),
    "cli.option.restore.yes": "확인하지 않고 진행합니다.",
    "cli.help.purge-personal-data": "오래된 주문에서 구매자 이름, 전화번호, 주소를 지웁니다.",
    "cli.help_more.purge-personal-data": "판매자점수에 필요한 정보는 남습니다.",
    "cli.option.purge-personal-data.older-than": (
        "출고 또는 취소된 지 DAYS일이 넘은 주문(기본값: purge_after_days)."
    ),
    "cli.option.purge-personal-data.dry-run": "어떤 주문인지만 보여 주고 아무것도 바꾸지 않습니다.",
    "cli.help.db": "상점의 데이터베이스 전체: 옮기기, 서버의 역할 설정.",
    "cli.help.db.move": "상점 전체를 빈 데이터베이스 TARGET으로 복사하고 테이블마다 대조합니다.",
    "cli.help_more.db.move": (
        "TARGET은 postgresql:// URL 또는 SQLite 파일(없으면 만듭니다)입니다. 한 트랜잭션으로 "
        "전부 복사하거나 아무것도 복사하지 않으며, 비어 있지 않은 대상은 거부합니다. 이 "
        "데이터베이스는 그대로 둡니다. 먼저 작업대를 멈추고, 그다음 --db TARGET을 주세요."
    ),
    "cli.option.db.move.to": "상점을 옮길 데이터베이스: postgresql:// URL 또는 FILE.",
    "cli.help.db.roles": "PostgreSQL 서버에 상점의 소유자 역할과 작업대 역할을 만드는 SQL.",
    "cli.help_more.db.roles": (
        "슈퍼유저로 psql -d DATABASE -v ON_ERROR_STOP=1 -f FILE로 실행한 다음 \\password로 "
        "비밀번호를 하나씩 설정하세요. --run을 주면 그 자리에서 실행하며 비밀번호를 두 번씩 "
        "묻습니다. 서버에는 SCRAM 검증값만 보냅니다."
    ),
    "cli.option.db.roles.owner": "데이터베이스를 소유하고 마이그레이션을 실행하는 역할.",
    "cli.option.db.roles.station": (
        "모든 작업대가 접속하는 역할(행만 다루며 감사 기록은 추가만 가능)."
    ),
    "cli.option.db.roles.run": (
        "이 슈퍼유저(postgresql:// URL)로 설정을 실행하고 비밀번호를 묻습니다."
    ),
}
