"""Simplified Chinese: the command line's help (the English is en/cli_help.py). Commands,
options, codes and placeholders in capitals (SKU, ORDER, FILE) are what a person types: never
translated."""

WORDS: dict[str, str | tuple[str, str]] = {
    # The root, and the options every command shares
    "cli.help": "fulfil-desk：同步订单 → 审核 → 拣货 → 打包 → 面单 → 发货，离线可用。",
    "cli.help_more": (
        "不带命令运行时打开工作台窗口。语言按 --lang，其次按本工作台的语言设置"
        "（fulfil-desk settings language zh_CN），再次按系统语言（LANG）。"
    ),
    "cli.option.db": "店铺的数据库文件（默认：用户数据文件夹）。",
    "cli.option.json": "以机器可读的 JSON 输出。",
    "cli.option.station": "多个工作台共用数据库时本工作台的名称（默认：本机名称）。",
    "cli.option.lang": "ko、zh_CN 或 en（默认：本工作台的语言设置，否则为系统语言）。",
    "cli.option.version": "显示版本并退出。",
    "cli.option.help": "显示本帮助并退出。",
    "cli.option.as-of": "以此时间为准判断（ISO 8601；默认：现在）。",
    # The workstation and the demo shop
    "cli.help.gui": "打开工作台窗口。",
    "cli.option.gui.demo": "数据库为空时先填入演示店铺。",
    "cli.help.demo": "用演示店铺（商品、库存和订单）填充数据库。",
    "cli.option.demo.orders": "演示店铺的订单数。",
    "cli.option.demo.history": (
        "同时生成过去三周出库日发出的包裹（已签收、运输中）和两条评价（--no-history：不生成）。"
    ),
    # Orders, labels, shipping
    "cli.help.orders": "列出订单，预计发货时间最早的在前。",
    "cli.option.orders.status": (
        "只列出此状态的订单：new、on_hold、verified、picking、picked、packing、packed、"
        "labelled、shipped 或 cancelled。"
    ),
    "cli.help.label": "面单（每个订单一页，按各订单物流商的版式）。",
    "cli.option.label.out": "保存为 PDF。",
    "cli.option.label.print": "用打印机打印。",
    "cli.option.label.printer": "打印机（CUPS 队列）名称；默认：系统默认打印机。",
    "cli.help.ship": "记录物流商和运单号：订单即为已发货。",
    "cli.option.ship.courier": "物流商代码，见 fulfil-desk couriers。",
    "cli.option.ship.tracking": "运单号。",
    "cli.help.tracking-check": "按物流商的格式和校验位检查运单号。",
    "cli.help.couriers": "fulfil-desk 支持的物流商及其代码。",
    "cli.help.bench": (
        "无屏幕的工作台：从标准输入读取扫描，每次扫描输出一行 `ok|refused PAGE ORDER MESSAGE`。"
    ),
    "cli.help_more.bench": (
        "ok、refused 和页面名是供脚本使用的代码；消息使用命令的语言，未指定 --lang 时使用"
        "最后扫描的包装人员工牌的语言。SAVE（未设置打印机时的 PRINT 也一样）把面单 PDF 保存到"
        "面单文件夹。"
    ),
    "cli.option.bench.labels": "SAVE 保存面单 PDF 的文件夹（默认：Documents/fulfil-desk/labels）。",
    "cli.help.commands": "命令表：每个工作台命令、纸箱、物流商和包装人员工牌的条码。",
    "cli.option.commands.out": "将命令表保存为 PDF。",
    "cli.option.commands.courier": (
        "把 COURIER:CODE 也放到命令表上（可重复）；默认物流商和随附的所有物流商总在表上。"
    ),
    "cli.option.commands.print": "打印命令表（A4）。",
    "cli.option.commands.printer": "打印机（CUPS 队列）名称；默认：系统默认打印机。",
    # Products and stock
    "cli.help.products": "列出商品（或导入商品列表）。",
    "cli.help.products.import": (
        "导入商品：sku、name、barcodes、bin_location、weight_g；清关信息：hs_code、origin_country、"
        "customs_description。"
    ),
    "cli.help.stock": "库存水平：在手库存、锁定、安全库存、可用库存（全部 SKU 或单个 SKU）。",
    "cli.help.stock.receive": "入库：为 SKU 增加 QUANTITY 件。",
    "cli.option.stock.receive.note": "例如供应商的送货单号。",
    "cli.help.stock.count": "货架上有 SKU 共 QUANTITY 件：差额记为盘点。",
    "cli.option.stock.count.note": "原因或盘点人。",
    "cli.help.stock.adjust": "为 SKU 增加（负数则减少）DELTA 件，须注明原因：`adjust SKU -3`。",
    "cli.option.stock.adjust.reason": (
        "damaged（次品，减少）、returned 或 received（退货入库、入库，增加）、correction 或 "
        "count（更正、盘点，增减均可）。"
    ),
    "cli.option.stock.adjust.note": "发生了什么。",
    "cli.help.stock.limits": "设置 SKU 的安全库存和订货点。",
    "cli.option.stock.limits.safety": "安全库存：永不上架销售的数量。",
    "cli.option.stock.limits.reorder": "订货点：可用库存不高于此数量即为不足。",
    "cli.help.stock.low": "可用库存不高于订货点的 SKU。",
    "cli.help.stock.export-shippable": (
        "供平台上架用的 CSV：sku、shippable、on_hand、reserved、safety_stock。"
    ),
    "cli.option.stock.export-shippable.out": "要写入的 CSV 文件。",
    "cli.help.settings": "显示全部或某项设置，或把 KEY 设为 VALUE（JSON 或纯文本）。",
    "cli.help_more.settings": (
        "language 是每个工作台各自的设置：fulfil-desk settings language zh_CN（ko、zh_CN 或 "
        "en；null 为系统语言）。"
    ),
    # The calendar
    "cli.help.holidays": "休息日：法定节假日、店铺休假、物流商停止揽收日。",
    "cli.help.holidays.list": (
        "日历中的日子：法定节假日（public）、店铺（shop）、停止揽收（courier）和调休补班日"
        "（workday）。"
    ),
    "cli.option.holidays.list.from": "显示的第一天。",
    "cli.option.holidays.list.to": "显示的最后一天。",
    "cli.help.holidays.add": "把 DATE（YYYY-MM-DD）设为休息日；列出随之变动的预计发货时间。",
    "cli.option.holidays.add.name": "这一天的名称，例如“暑假”。",
    "cli.option.holidays.add.courier": "仅此物流商不揽收（默认：店铺休息）。",
    "cli.help.holidays.remove": "把 DATE 恢复为发货日（删除的法定节假日不会再出现）。",
    "cli.option.holidays.remove.courier": "删除此物流商的停止揽收日。",
    "cli.help.holidays.load-country": "添加国家 CC 某一年的法定节假日（及调休补班日）。",
    "cli.option.holidays.load-country.year": "年份，例如 2027。",
    "cli.help.ship-by": "在 ISO8601 时间下单的订单的预计发货日期（按店铺时区）。",
    "cli.option.ship-by.ordered-at": "下单时间，例如 2026-02-13T15:30+09:00。",
    "cli.option.ship-by.lead-days": "备货时间（按发货日计的天数）。",
    "cli.option.ship-by.courier": "同时计入此物流商的停止揽收日（默认：default_courier）。",
    "cli.help.capacity": "接下来几个发货日的负荷（到期的未完成订单）与日发货能力。",
    "cli.option.capacity.days": "显示的发货日数。",
    # Order files
    "cli.help.import": "导入订单文件：Coupang、Amazon、Shopify、eBay、普通 CSV 或映射的格式。",
    "cli.option.import.format": "文件格式（默认：根据表头识别）。",
    "cli.option.import.mapping": "用此已保存的列映射读取文件。",
    "cli.option.import.encoding": (
        "文本编码：utf-8、cp949、gb18030 或 shift_jis（默认：自动识别；xlsx 无需指定）。"
    ),
    "cli.option.import.skip-bad": "导入正确的订单并列出有问题的行。",
    "cli.help.mapping": "fulfil-desk 无法按表头识别的订单文件的列映射。",
    "cli.help.mapping.save": "保存（或替换）列映射：每个字段在哪一列。",
    "cli.option.mapping.save.order-number": "订单号所在的列。",
    "cli.option.mapping.save.ordered-at": "下单时间所在的列。",
    "cli.option.mapping.save.ship-by": "预计发货时间所在的列。",
    "cli.option.mapping.save.recipient-name": "收件人姓名所在的列。",
    "cli.option.mapping.save.phone": "收件人电话所在的列。",
    "cli.option.mapping.save.address1": "地址第 1 行所在的列。",
    "cli.option.mapping.save.address2": "地址第 2 行所在的列。",
    "cli.option.mapping.save.address3": "地址第 3 行所在的列。",
    "cli.option.mapping.save.city": "城市所在的列。",
    "cli.option.mapping.save.state": "州/省所在的列。",
    "cli.option.mapping.save.postal-code": "邮编所在的列。",
    "cli.option.mapping.save.country": "国家所在的列。",
    "cli.option.mapping.save.sku": "SKU 所在的列。",
    "cli.option.mapping.save.title": "商品名称所在的列。",
    "cli.option.mapping.save.quantity": "数量所在的列。",
    "cli.option.mapping.save.unit-price": "单价所在的列。",
    "cli.option.mapping.save.currency": "币种所在的列。",
    "cli.option.mapping.save.marketplace": "订单所属的平台（默认：csv）。",
    "cli.option.mapping.save.default-country": "文件没有国家列时使用的国家代码。",
    "cli.option.mapping.save.from-json": (
        '一个 JSON 文件，含 "columns"（字段：表头），可选 "marketplace" 和 "country"。'
    ),
    "cli.help.mapping.list": "已保存的列映射。",
    "cli.help.mapping.delete": "删除已保存的列映射。",
    "cli.help.export-tracking": "生成发货确认文件（运单号），供上传到平台。",
    "cli.option.export-tracking.format": "平台上传文件的格式。",
    "cli.option.export-tracking.out": "要写入的文件。",
    "cli.option.export-tracking.all": "也包括已导出过的发货。",
    "cli.option.export-tracking.marketplace": "只导出此平台的订单。",
    # Seller scores
    "cli.help.scores": "各平台的卖家分数指标：比率、分子/分母、目标、状态。",
    "cli.option.scores.marketplace": "只看此平台（coupang、amazon、ebay、shopee、wish）。",
    "cli.help.scores.orders": "METRIC 当前周期内计入的订单（或顾客咨询），有问题的在前。",
    "cli.help.scores.target": "为没有公开目标的指标设定自己的目标：95%、0.95 或 clear。",
    "cli.help.at-risk": "今天或明天到期的未完成订单（最早的在前），以及超时对分数的影响。",
    "cli.help.inquiries": "顾客咨询：须在收到后 24 小时内回复。",
    "cli.help.inquiries.list": "未回复的顾客咨询（最早的在前）及剩余时间（负数：已超时）。",
    "cli.option.inquiries.list.all": "也包括已回复的。",
    "cli.help.inquiries.add": "记录一条顾客咨询。",
    "cli.option.inquiries.add.marketplace": "来自哪个平台（默认：订单所属平台）。",
    "cli.option.inquiries.add.order": "咨询涉及的订单。",
    "cli.option.inquiries.add.received-at": "收到时间（ISO 8601；默认：现在）。",
    "cli.option.inquiries.add.subject": "咨询内容。",
    "cli.help.inquiries.answer": "把顾客咨询标记为已回复。",
    "cli.option.inquiries.answer.at": "回复时间（ISO 8601；默认：现在）。",
    "cli.help.incident": "差评、索赔、拒付、退货、纠纷、延迟送达报告。",
    "cli.help.incident.add": "为 ORDER 记录一个事件；从其发生时间起计入指标。",
    "cli.option.incident.add.kind": "平台记录的事件类型。",
    "cli.option.incident.add.at": "平台记录的时间（ISO 8601；默认：现在）。",
    "cli.option.incident.add.reason": "买家或平台给出的原因。",
    "cli.option.incident.add.note": "您的备注。",
    "cli.help.incident.list": "ORDER 上记录的事件。",
    "cli.help.delivery": "记录 ORDER 的送达时间和/或向买家承诺的送达日期。",
    "cli.option.delivery.delivered-at": "送达时间（ISO 8601）。",
    "cli.option.delivery.promised": "向买家承诺的送达日期（YYYY-MM-DD 或 ISO 8601）。",
    "cli.help.notice": "平台的业绩通知及其 48 小时和 72 小时期限。",
    "cli.help.notice.add": "记录一条业绩通知。",
    "cli.option.notice.add.id": "通知编号，例如 PN-2026-0042。",
    "cli.option.notice.add.marketplace": "发出通知的平台。",
    "cli.option.notice.add.metric": (
        "通知涉及的指标：其 ID（late_shipment_rate）或 fulfil-desk scores 显示的名称。"
    ),
    "cli.option.notice.add.from": "数据周期开始（ISO 8601）。",
    "cli.option.notice.add.to": "数据周期结束（ISO 8601）。",
    "cli.option.notice.add.received-at": "收到时间（ISO 8601；默认：现在）。",
    "cli.help.notice.list": "通知（最新的在前），以及申诉和提交行动计划的剩余时间。",
    "cli.help.notice.show": "一条通知及其问题订单（严格位于数据周期内）。",
    "cli.help.notice.plan": "填写行动计划的纠正措施和预防措施。",
    "cli.option.notice.plan.corrective": "已采取的纠正措施。",
    "cli.option.notice.plan.preventive": "预防措施。",
    "cli.help.notice.answered": "把通知标记为已申诉：倒计时停止。",
    "cli.option.notice.answered.at": "申诉时间（ISO 8601；默认：现在）。",
    "cli.help.poa": "把 NOTICE_ID 的行动计划（POA）生成 PDF。",
    "cli.option.poa.out": "要写入的 PDF 文件。",
    "cli.option.poa.lang": "PDF 的语言（默认：命令的语言）。",
    # Packers and their statistics
    "cli.help.packers": "包装人员及其工牌代码（或添加、删除包装人员）。",
    "cli.help.packers.add": "添加包装人员，或更改其工牌、主管身份或语言。",
    "cli.option.packers.add.badge": "包装人员工牌上的代码（默认：BADGE-0001, …）。",
    "cli.option.packers.add.supervisor": "可以替其他包装人员手动确认件数。",
    "cli.option.packers.add.lang": "扫描工牌后工作台切换到的语言（默认：工作台的语言）。",
    "cli.help.packers.remove": "删除包装人员（其过往作业仍以其名字保留在操作记录中）。",
    "cli.help.stats": "按包装人员和营业日：打包的订单和件数、工作时长和效率、被拒绝的扫描。",
    "cli.help_more.stats": (
        "还有从打开订单到发货的中位时间、手动确认的件数和面单重新打印次数；最后是每位"
        "包装人员在整个期间的合计。"
    ),
    "cli.option.stats.from": "第一个营业日（默认：--to）。",
    "cli.option.stats.to": "最后一个营业日（默认：今天）。",
    "cli.option.stats.packer": "只看此包装人员（工牌上的名字）。",
    # Backups and personal data
    "cli.help.backup": "立即备份数据库，工作台可以照常工作。",
    "cli.help_more.backup": "备份到 FILE（自行保管），或不带 FILE 备份到备份文件夹。",
    "cli.help.backups": "备份文件夹中的备份，最新的在前。",
    "cli.help.restore": "用备份 FILE 替换数据库的内容。",
    "cli.help_more.restore": "将先备份当前数据库。请先关闭其他工作台上的 fulfil-desk。",
    "cli.option.restore.yes": "不询问确认。",
    "cli.help.purge-personal-data": "从旧订单中删除买家的姓名、电话和地址。",
    "cli.help_more.purge-personal-data": "卖家分数所需的信息会保留。",
    "cli.option.purge-personal-data.older-than": (
        "发货或取消超过 DAYS 天的订单（默认：purge_after_days）。"
    ),
    "cli.option.purge-personal-data.dry-run": "只列出是哪些订单，不做任何更改。",
    "cli.help.db": "店铺的整个数据库：迁移它，为它设置服务器上的角色。",
    "cli.help.db.move": "将整个店铺复制到空数据库 TARGET，并逐表核对。",
    "cli.help_more.db.move": (
        "TARGET 是 postgresql:// URL 或 SQLite 文件（不存在时会创建）。在一个事务中全部复制，"
        "否则什么也不复制；不是空的目标会被拒绝。本数据库保持原样：请先停下各工作台，"
        "再让它们使用 --db TARGET。"
    ),
    "cli.option.db.move.to": "店铺要迁移到的数据库：postgresql:// URL 或 FILE。",
    "cli.help.db.roles": "在 PostgreSQL 服务器上建立店铺所有者角色和工作台角色的 SQL。",
    "cli.help_more.db.roles": (
        "请以超级用户用 psql -d DATABASE -v ON_ERROR_STOP=1 -f FILE 运行，再用 \\password "
        "逐个设置密码。加上 --run 则直接在服务器上运行，每个密码询问两次；服务器只收到"
        "它们的 SCRAM 验证值。"
    ),
    "cli.option.db.roles.owner": "拥有数据库并执行迁移的角色。",
    "cli.option.db.roles.station": "各工作台登录所用的角色（只处理数据行；审计日志只能追加）。",
    "cli.option.db.roles.run": "以此超级用户（postgresql:// URL）运行设置，并询问密码。",
}
