<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AtRiskView</name>
    <message>
        <source>{n} open orders are already past their ship-by.</source>
        <translation>{n} 个未完成订单已超过预计发货时间。</translation>
    </message>
    <message>
        <source>No open order is due today or tomorrow.</source>
        <translation>今天和明天没有到期的未完成订单。</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation>明天 {time}</translation>
    </message>
    <message>
        <source>+{n} more (sort the queue by risk)</source>
        <translation>+{n} 个（请在待发货中按风险排序）</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Backup cancelled: no file was written and the earlier backups are kept.</source>
        <translation>备份已取消：未写入任何文件，之前的备份均已保留。</translation>
    </message>
</context>
<context>
    <name>BatchLabelDialog</name>
    <message numerus="yes">
        <source>Labels for %n order(s)</source>
        <translation>
            <numerusform>%n 个订单的面单</numerusform>
        </translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>预计发货时间</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>纸箱</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) in one PDF, one 4×6 in page each:</source>
        <translation>
            <numerusform>%n 张面单合并为一个 PDF，每张一页 4×6 英寸：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Print %n label(s)</source>
        <translation>
            <numerusform>打印 %n 张面单(&amp;P)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Printer: {name} (ZPL, {dpi} dpi)</source>
        <translation>打印机：{name}（ZPL，{dpi} dpi）</translation>
    </message>
    <message>
        <source>Printer: {name}</source>
        <translation>打印机：{name}</translation>
    </message>
    <message>
        <source>No printer is set up: Print saves the PDF to {dir}.</source>
        <translation>未设置打印机：点“打印”会将 PDF 保存到 {dir}。</translation>
    </message>
    <message>
        <source>Save the labels as PDF</source>
        <translation>将面单另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Making %n label(s)…</source>
        <translation>
            <numerusform>正在生成 %n 张面单…</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels cancelled: nothing was printed or saved, and the orders still wait for their labels.</source>
        <translation>面单已取消：未打印也未保存任何内容，订单仍在等待面单。</translation>
    </message>
    <message>
        <source>No label was recorded; the orders still wait.</source>
        <translation>未记录任何面单，订单仍在等待。</translation>
    </message>
    <message>
        <source>The labels went out ({how}) but were not recorded: {why}</source>
        <translation>面单已发出 ({how})，但未能记录：{why}</translation>
    </message>
    <message>
        <source>Sending the labels to {name}…</source>
        <translation>正在将面单发送到 {name}…</translation>
    </message>
    <message>
        <source>labels ({n})</source>
        <translation>面单（{n} 张）</translation>
    </message>
    <message>
        <source>Cannot save {path}: {why}.</source>
        <translation>无法保存 {path}：{why}。</translation>
    </message>
</context>
<context>
    <name>BatchLabels</name>
    <message>
        <source>&amp;Labels for packed orders…</source>
        <translation>已打包订单的面单(&amp;L)…</translation>
    </message>
    <message>
        <source>No packed order is waiting for its label.</source>
        <translation>没有等待面单的已打包订单。</translation>
    </message>
</context>
<context>
    <name>BuyerMessageDialog</name>
    <message>
        <source>Message to the buyer</source>
        <translation>发给买家的消息</translation>
    </message>
    <message>
        <source>Order {order} · {marketplace} · the buyer reads {language}</source>
        <translation>订单 {order} · {marketplace} · 买家语言：{language}</translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation>占位符：{names}</translation>
    </message>
    <message>
        <source>Keep this wording</source>
        <translation>保存此文字</translation>
    </message>
    <message>
        <source>Back to the shipped wording</source>
        <translation>恢复默认文字</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <source>What to tell</source>
        <translation>告知内容</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Your wording</source>
        <translation>我的文字</translation>
    </message>
    <message>
        <source>The message (change it here for this buyer only)</source>
        <translation>消息（只为这位买家修改，请在此处改）</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Shipping calendar</source>
        <translation>发货日历</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Shop closed</source>
        <translation>店铺休息</translation>
    </message>
    <message>
        <source>No pickup</source>
        <translation>停止揽收</translation>
    </message>
    <message>
        <source>Make-up workday</source>
        <translation>调休补班日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>物流商</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name, e.g. Summer vacation</source>
        <translation>名称，如“夏季休假”</translation>
    </message>
    <message>
        <source>Every courier (shop closed)</source>
        <translation>所有物流商（店铺休息）</translation>
    </message>
    <message>
        <source>Add non-shipping day</source>
        <translation>添加休息日</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>{kind} ({courier}): {name}</source>
        <translation>{kind}（{courier}）：{name}</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}：{name}</translation>
    </message>
    <message>
        <source>Choose a day in the list first.</source>
        <translation>请先在列表中选择日期。</translation>
    </message>
    <message>
        <source>A make-up workday is a shipping day; to close it, add it as a day off.</source>
        <translation>调休补班日是发货日；如需休息，请将其添加为休息日。</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… 另有 {n} 个</translation>
    </message>
    <message>
        <source>Ship-by deadlines that move ({n}):</source>
        <translation>预计发货时间有变动的订单 ({n})：</translation>
    </message>
    <message>
        <source>No open order&apos;s ship-by moves.</source>
        <translation>没有未完成订单的预计发货时间发生变动。</translation>
    </message>
</context>
<context>
    <name>CapacityStrip</name>
    <message>
        <source>Next shipping days: orders due / daily capacity</source>
        <translation>接下来的发货日：到期订单 / 日发货能力</translation>
    </message>
    <message>
        <source>{date}: {load} orders due, capacity {capacity} ({units} units)</source>
        <translation>{date}：到期 {load} 单，发货能力 {capacity} 单 ({units} 件)</translation>
    </message>
    <message>
        <source>{n} of them overdue</source>
        <translation>其中 {n} 单已超时</translation>
    </message>
    <message>
        <source>Over capacity. Orders at risk (ordered last):</source>
        <translation>超出日发货能力。即将超时的订单（最晚下单的）：</translation>
    </message>
    <message>
        <source>  … and {n} more</source>
        <translation>  … 另有 {n} 单</translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <source>Print command sheet</source>
        <translation>打印指令条码表</translation>
    </message>
    <message>
        <source>Save command sheet as PDF…</source>
        <translation>将指令条码表另存为 PDF…</translation>
    </message>
    <message>
        <source>command sheet</source>
        <translation>指令条码表</translation>
    </message>
    <message>
        <source>Save the command sheet as PDF</source>
        <translation>将指令条码表另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save {path}: {why}.</source>
        <translation>无法保存 {path}：{why}。</translation>
    </message>
    <message>
        <source>Command sheet saved to {path}.</source>
        <translation>指令条码表已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <source>Cycle count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Scan a bin label, then every item in it; a number right after an item says how many that scan was. FINISH (or Enter twice) posts the differences; the first Enter shows them. BLIND (before the first item) hides the expected quantities; CANCEL drops the count; BACK returns to the queue.</source>
        <translation>扫描库位标签，再扫描其中的每件商品；紧跟在商品后扫描的数字表示该次扫描的数量。FINISH（或按两次 Enter）提交差异，第一次按 Enter 先显示差异。BLIND（扫描第一件商品前）隐藏账面数量；CANCEL 放弃本次盘点；BACK 返回待发货。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数量</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>账面数量</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU 数</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>在手库存</translation>
    </message>
    <message>
        <source>Last counted</source>
        <translation>上次盘点</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Finish count</source>
        <translation>完成盘点</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>盲盘</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>取消盘点</translation>
    </message>
    <message>
        <source>Scan a bin label to count it (blind: expected hidden).</source>
        <translation>请扫描要盘点的库位标签（盲盘：隐藏账面数量）。</translation>
    </message>
    <message>
        <source>Scan a bin label to count it. Bins counted longest ago come first.</source>
        <translation>请扫描要盘点的库位标签。最久未盘点的库位排在最前。</translation>
    </message>
    <message>
        <source>Counting bin {bin}, units scanned: {units}.</source>
        <translation>正在盘点库位 {bin}：已扫描 {units} 件。</translation>
    </message>
    <message>
        <source>Blind count.</source>
        <translation>盲盘。</translation>
    </message>
    <message>
        <source>The count of bin {bin} was cancelled; stock is unchanged.</source>
        <translation>库位 {bin} 的盘点已取消，库存未变。</translation>
    </message>
    <message>
        <source>Bin {bin} counted: {off} difference(s) posted. Scan the next bin.</source>
        <translation>库位 {bin} 已盘点：已提交 {off} 处差异。请扫描下一个库位。</translation>
    </message>
</context>
<context>
    <name>DeliveriesDialog</name>
    <message>
        <source>Deliveries and couriers</source>
        <translation>配送与物流商</translation>
    </message>
    <message>
        <source>All couriers</source>
        <translation>全部物流商</translation>
    </message>
    <message>
        <source>each courier&apos;s days</source>
        <translation>各物流商预计天数</translation>
    </message>
    <message>
        <source> shipping days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Every parcel in transit</source>
        <translation>所有运输中的包裹</translation>
    </message>
    <message>
        <source>Last {n} days</source>
        <translation>最近 {n} 天</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>物流商</translation>
    </message>
    <message>
        <source>Stale after</source>
        <translation>超时标准</translation>
    </message>
    <message>
        <source>Open tracking page</source>
        <translation>打开物流查询页</translation>
    </message>
    <message>
        <source>Lost: reship…</source>
        <translation>丢失：补发…</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <source>Mark chosen delivered</source>
        <translation>将所选标记为已签收</translation>
    </message>
    <message>
        <source>Paste a list…</source>
        <translation>粘贴列表…</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <source>Parcels in transit</source>
        <translation>运输中的包裹</translation>
    </message>
    <message>
        <source>Courier performance</source>
        <translation>物流商表现</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货日</translation>
    </message>
    <message>
        <source>Days in transit</source>
        <translation>已运输（工作日）</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计（工作日）</translation>
    </message>
    <message>
        <source>Promised delivery</source>
        <translation>承诺送达日</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>With a promised date</source>
        <translation>有承诺送达日</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时送达</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>中位数（天）</translation>
    </message>
    <message>
        <source>90th percentile days</source>
        <translation>第90百分位（天）</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢件</translation>
    </message>
    <message>
        <source>No parcel is late in transit.</source>
        <translation>没有运输超时的包裹。</translation>
    </message>
    <message>
        <source>Choose a parcel first.</source>
        <translation>请先选择包裹。</translation>
    </message>
    <message>
        <source>This courier has no tracking page.</source>
        <translation>该物流商没有物流查询页。</translation>
    </message>
    <message>
        <source>Choose the one parcel to reship.</source>
        <translation>请只选择一个要补发的包裹。</translation>
    </message>
    <message>
        <source>Tracking numbers delivered</source>
        <translation>已签收的运单号</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 或文本文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>DeliveriesMenu</name>
    <message>
        <source>&amp;Deliveries and couriers…</source>
        <translation>配送与物流商(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <source>No printer is set up; save it as PDF instead.</source>
        <translation>未设置打印机，请改为另存为 PDF。</translation>
    </message>
    <message>
        <source>Sent {title} to {printer}.</source>
        <translation>已将 {title} 发送到 {printer}。</translation>
    </message>
    <message>
        <source>label {id}</source>
        <translation>面单 {id}</translation>
    </message>
    <message>
        <source>Cannot save {path}: {why}.</source>
        <translation>无法保存 {path}：{why}。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Scan REPRINT to print its label again (REPRINT:LOST, REPRINT:COURIER_ASKED, …), another order, or press Enter for the next order.</source>
        <translation>扫描 REPRINT 重新打印面单 (REPRINT:LOST, REPRINT:COURIER_ASKED, …)，扫描其他订单，或按 Enter 处理下一个订单。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>重新打印面单</translation>
    </message>
    <message>
        <source>Reship…</source>
        <translation>补发…</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>返回待发货</translation>
    </message>
    <message>
        <source>Message to the buyer…</source>
        <translation>给买家发消息…</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>反馈…</translation>
    </message>
    <message>
        <source>{at} by {who}</source>
        <translation>{at} ({who})</translation>
    </message>
    <message>
        <source>Cancelled ({reason}, by the {by})</source>
        <translation>已取消（{reason}，取消方：{by}）</translation>
    </message>
    <message>
        <source>Shipped · {courier} {number}</source>
        <translation>已发货 · {courier} {number}</translation>
    </message>
    <message>
        <source>Packed: {when}</source>
        <translation>打包：{when}</translation>
    </message>
    <message>
        <source>Label printed: {when}</source>
        <translation>打印面单：{when}</translation>
    </message>
    <message>
        <source>Shipped: {when}</source>
        <translation>发货：{when}</translation>
    </message>
    <message>
        <source>Cancelled: {when}</source>
        <translation>取消：{when}</translation>
    </message>
    <message>
        <source>Label reprinted ({reason}): {when}</source>
        <translation>重新打印面单 ({reason})：{when}</translation>
    </message>
    <message>
        <source>Reshipped as {order} ({reason}): {status}</source>
        <translation>已补发 {order}（{reason}）：{status}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export tracking</source>
        <translation>导出运单号</translation>
    </message>
    <message>
        <source>Amazon shipping confirmation (tab-delimited)</source>
        <translation>Amazon 发货确认文件（制表符分隔）</translation>
    </message>
    <message>
        <source>Coupang Wing DeliveryList (.xlsx)</source>
        <translation>Coupang Wing 发货单 (DeliveryList, .xlsx)</translation>
    </message>
    <message>
        <source>Plain CSV</source>
        <translation>普通 CSV</translation>
    </message>
    <message>
        <source>all that belong in this file</source>
        <translation>全部（此格式对应的平台）</translation>
    </message>
    <message>
        <source>Also shipments exported before</source>
        <translation>包括之前已导出的发货记录</translation>
    </message>
    <message>
        <source>Only shipments not yet in a file of this format are written.</source>
        <translation>仅写入尚未导出到此格式文件的发货记录。</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Confirmation files (*{suffix})</source>
        <translation>确认文件 (*{suffix})</translation>
    </message>
    <message>
        <source>Nothing was exported; see the message on the page.</source>
        <translation>未导出任何内容，请查看页面上的提示。</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback and reviews</source>
        <translation>反馈与评价</translation>
    </message>
    <message>
        <source>order or bundle number</source>
        <translation>订单号或묶음배송번호（合并配送号）</translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation>添加反馈</translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation>记录回复</translation>
    </message>
    <message>
        <source>A buyer&apos;s feedback</source>
        <translation>买家反馈</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>What the buyer wrote</source>
        <translation>买家写的内容</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>留下时间</translation>
    </message>
    <message>
        <source>Your reply to the selected feedback</source>
        <translation>对所选反馈的回复</translation>
    </message>
    <message>
        <source>Reply, as posted</source>
        <translation>发布的回复</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>我的回复</translation>
    </message>
    <message>
        <source>{n} negative feedback waiting for your reply, the oldest for {wait} (at the top, in red).</source>
        <translation>{n} 条负面反馈等待您回复，最久的已等待{wait}（在最上方，红色）。</translation>
    </message>
</context>
<context>
    <name>FeedbackMenu</name>
    <message>
        <source>&amp;Feedback and reviews…</source>
        <translation>反馈与评价(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>GoodsInPage</name>
    <message>
        <source>Goods in</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Scan a product, then type or scan how many and press Enter (Enter alone receives 1). Scanning the next product receives the one before. CLEAR drops the waiting line; BACK returns to the queue.</source>
        <translation>扫描商品，然后输入或扫描数量并按 Enter（只按 Enter 则入库 1 件）。扫描下一个商品时，上一个商品即入库。CLEAR 清除待入库行；BACK 返回待发货。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>入库时间</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>On hand now</source>
        <translation>在手库存</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Latest receipts</source>
        <translation>最近入库</translation>
    </message>
    <message>
        <source>Receive (Enter)</source>
        <translation>入库 (Enter)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Waiting: {sku} — {name} × {quantity}. Enter receives it.</source>
        <translation>待入库：{sku} — {name} × {quantity}。按 Enter 入库。</translation>
    </message>
    <message>
        <source>Nothing waiting: scan a product.</source>
        <translation>没有待入库商品：请扫描商品。</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Handover to the driver</source>
        <translation>交接给司机</translation>
    </message>
    <message>
        <source>Scan the courier&apos;s code (COURIER:…) or the first parcel, then each parcel the driver takes: its tracking number or order number. DRIVER:&lt;name&gt; or the field below names the driver; OK closes the list, FORCE closes it without the parcels left; BACK leaves the page.</source>
        <translation>请扫描物流商代码（COURIER:…）或第一个包裹，然后逐个扫描司机带走的包裹：运单号或订单号。扫描 DRIVER:&lt;姓名&gt; 或在下方输入司机姓名；OK 关闭交接单，FORCE 不含剩余包裹直接关闭；BACK 离开此页。</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>纸箱</translation>
    </message>
    <message>
        <source>Scanned out</source>
        <translation>扫描时间</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <source>Type the driver&apos;s name and press Enter</source>
        <translation>请输入司机姓名并按 Enter</translation>
    </message>
    <message>
        <source>Close the list (OK)</source>
        <translation>关闭交接单（OK）</translation>
    </message>
    <message>
        <source>Close without the rest (FORCE)</source>
        <translation>不含剩余包裹关闭（FORCE）</translation>
    </message>
    <message>
        <source>Print the open list</source>
        <translation>打印未关闭的交接单</translation>
    </message>
    <message>
        <source>Print the last closed list</source>
        <translation>打印最近关闭的交接单</translation>
    </message>
    <message>
        <source>Scan the courier&apos;s code (COURIER:…) or the first parcel to hand over.</source>
        <translation>请扫描物流商代码（COURIER:…）或要交接的第一个包裹。</translation>
    </message>
    <message>
        <source>Left to scan: {orders}</source>
        <translation>待扫描：{orders}</translation>
    </message>
    <message>
        <source>Every parcel is scanned out: OK closes the list.</source>
        <translation>所有包裹均已扫描：扫描 OK 关闭交接单。</translation>
    </message>
    <message>
        <source>Scan the courier&apos;s code or a parcel first.</source>
        <translation>请先扫描物流商代码或包裹。</translation>
    </message>
    <message>
        <source>handover list</source>
        <translation>交接单</translation>
    </message>
    <message>
        <source>No handover list is closed yet.</source>
        <translation>还没有已关闭的交接单。</translation>
    </message>
    <message>
        <source>handover list {code}</source>
        <translation>交接单 {code}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help: {page}</source>
        <translation>帮助：{page}</translation>
    </message>
    <message>
        <source>At {page}</source>
        <translation>当前页面：{page}</translation>
    </message>
    <message>
        <source>Enter alone: {does}</source>
        <translation>只按 Enter：{does}</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Every command is on the printed command sheet: Help ▸ Print command sheet.</source>
        <translation>所有指令都印在指令条码表上：帮助 ▸ 打印指令条码表。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Order or row</source>
        <translation>订单或行</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Map columns…</source>
        <translation>列映射…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>{file} ({format}): {new} new, {updated} updated, {cancelled} cancelled by the buyer, {unchanged} unchanged, {refused} refused rows.</source>
        <translation>{file}（{format}）：新增 {new} 单，更新 {updated} 单，买家取消 {cancelled} 单，未变 {unchanged} 单，拒绝 {refused} 行。</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation>根据表头自动识别</translation>
    </message>
    <message>
        <source>Column mapping: {name}</source>
        <translation>列映射：{name}</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Order files (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>订单文件 (*.xlsx *.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>Working out what {file} changes…</source>
        <translation>正在分析 {file} 的变更…</translation>
    </message>
    <message>
        <source>Importing takes only the good orders; bad rows are left out.</source>
        <translation>只导入正确的订单，错误的行将被跳过。</translation>
    </message>
    <message>
        <source>column mapping {name}</source>
        <translation>列映射 {name}</translation>
    </message>
    <message>
        <source>{layout}, {encoding}</source>
        <translation>{layout}，{encoding}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>已取消读取。</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <source>New inquiry</source>
        <translation>新建顾客咨询</translation>
    </message>
    <message>
        <source>Order number (optional)</source>
        <translation>订单号（选填）</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
</context>
<context>
    <name>LabelPage</name>
    <message>
        <source>Label</source>
        <translation>面单</translation>
    </message>
    <message>
        <source>Press Enter (or scan PRINT) to print the label, SAVE to save it as PDF.</source>
        <translation>按 Enter（或扫描 PRINT）打印面单，扫描 SAVE 另存为 PDF。</translation>
    </message>
    <message>
        <source>Print (Enter)</source>
        <translation>打印 (Enter)</translation>
    </message>
    <message>
        <source>Save label as PDF…</source>
        <translation>将面单另存为 PDF…</translation>
    </message>
    <message>
        <source>Save packing slip…</source>
        <translation>保存配货单…</translation>
    </message>
    <message>
        <source>Print packing slip</source>
        <translation>打印配货单</translation>
    </message>
    <message>
        <source>Printer: {name} (ZPL, {dpi} dpi)</source>
        <translation>打印机：{name}（ZPL，{dpi} dpi）</translation>
    </message>
    <message>
        <source>Printer: {name}</source>
        <translation>打印机：{name}</translation>
    </message>
    <message>
        <source>No printer is set up: Enter saves the label to {dir}.</source>
        <translation>未设置打印机：按 Enter 会将面单保存到 {dir}。</translation>
    </message>
    <message>
        <source>Layout: {title} ({name})</source>
        <translation>版式：{title}（{name}）</translation>
    </message>
    <message>
        <source>packing slip {id}</source>
        <translation>配货单 {id}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>fulfil-desk</source>
        <translation>fulfil-desk</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Seller scores</source>
        <translation>卖家分数</translation>
    </message>
    <message>
        <source>no badge scanned</source>
        <translation>未扫描工牌</translation>
    </message>
    <message>
        <source>Database: {path} · station {station} · packer {packer}</source>
        <translation>数据库：{path} · 工作台 {station} · 包装人员 {packer}</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map columns</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Which column holds each field (* needed)</source>
        <translation>各字段对应的列（* 为必填）</translation>
    </message>
    <message>
        <source>e.g. smartstore</source>
        <translation>例如 smartstore</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Country when the file has none</source>
        <translation>默认国家（文件中没有时）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>{file}: {encoding}, first {rows} rows</source>
        <translation>{file}：{encoding}，前 {rows} 行</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Order date and time</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>预计发货时间</translation>
    </message>
    <message>
        <source>Recipient name</source>
        <translation>收件人姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>地址 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>地址 2</translation>
    </message>
    <message>
        <source>Address line 3</source>
        <translation>地址 3</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>州/省</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
</context>
<context>
    <name>MetricRow</name>
    <message>
        <source>no target: set one</source>
        <translation>未设目标：请设置</translation>
    </message>
    <message>
        <source>{rate}  ({num}/{den}) · {days} d · {target}</source>
        <translation>{rate}  ({num}/{den}) · {days} 天 · {target}</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>未设目标</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>New performance notice</source>
        <translation>新建业绩通知</translation>
    </message>
    <message>
        <source>Notice ID</source>
        <translation>通知 ID</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Data period from</source>
        <translation>数据期间起始</translation>
    </message>
    <message>
        <source>Data period to</source>
        <translation>数据期间结束</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <source>{number} · {marketplace} · ship by {ship_by}</source>
        <translation>{number} · {marketplace} · 预计发货 {ship_by}</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <source>Pack</source>
        <translation>打包</translation>
    </message>
    <message>
        <source>Scan every unit into the box, then the weight (1250 or 1.25kg); BOX-S, BOX-M or BOX-L changes the box. Enter closes it.</source>
        <translation>逐件扫描商品装入纸箱，然后扫描重量 (1250 或 1.25kg)；BOX-S、BOX-M 或 BOX-L 更换纸箱。按 Enter 封箱。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>In box</source>
        <translation>已装箱</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>By hand (MANUAL)</source>
        <translation>手动确认 (MANUAL)</translation>
    </message>
    <message>
        <source>Close box (Enter)</source>
        <translation>封箱 (Enter)</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>纸箱</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>{packed} of {units} in the box · next: {sku}
{title}</source>
        <translation>已装箱 {packed}/{units} · 下一件：{sku}
{title}</translation>
    </message>
    <message>
        <source>Every unit is in the box. Scan the weight, or Enter to close it.</source>
        <translation>所有商品已装箱。请扫描重量，或按 Enter 封箱。</translation>
    </message>
</context>
<context>
    <name>PasteDeliveriesDialog</name>
    <message>
        <source>Paste delivered parcels</source>
        <translation>粘贴已签收的包裹</translation>
    </message>
    <message>
        <source>One parcel a line: the tracking number, then the delivery date (2026-06-20, or 2026-06-20 14:30). No date: now.</source>
        <translation>每行一个包裹：先写运单号，再写签收日期（2026-06-20 或 2026-06-20 14:30）。不写日期即为现在。</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>标记为已签收</translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message>
        <source>Pick</source>
        <translation>拣货</translation>
    </message>
    <message>
        <source>Scan each unit as you take it from its bin. Wrong items and one too many are refused.</source>
        <translation>从库位取出商品时逐件扫描。错误商品和多出的数量会被拒绝。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>已拣</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>By hand (MANUAL)</source>
        <translation>手动确认 (MANUAL)</translation>
    </message>
    <message>
        <source>Save pick list as PDF…</source>
        <translation>将拣货单另存为 PDF…</translation>
    </message>
    <message>
        <source>Print pick list</source>
        <translation>打印拣货单</translation>
    </message>
    <message>
        <source>Verified. Press Enter to start picking this order.</source>
        <translation>已审核。按 Enter 开始拣货。</translation>
    </message>
    <message>
        <source>Next: {sku} × {left} · bin {bin}
{title}</source>
        <translation>下一件：{sku} × {left} · 库位 {bin}
{title}</translation>
    </message>
    <message>
        <source>Everything is picked.</source>
        <translation>全部拣货完成。</translation>
    </message>
    <message>
        <source>pick list {id}</source>
        <translation>拣货单 {id}</translation>
    </message>
    <message>
        <source>Save pick list</source>
        <translation>保存拣货单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save {path}: {why}.</source>
        <translation>无法保存 {path}：{why}。</translation>
    </message>
    <message>
        <source>Pick list saved to {path}.</source>
        <translation>拣货单已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan of action for {id}</source>
        <translation>{id} 的行动计划</translation>
    </message>
    <message>
        <source>{market} · {metric}
Data period {start} to {end}
{count} problem orders</source>
        <translation>{market} · {metric}
数据期间 {start} 至 {end}
问题订单 {count} 个</translation>
    </message>
    <message>
        <source>What you did about these orders (left empty: suggestions per root cause)</source>
        <translation>针对这些订单采取的措施（留空：按根本原因给出建议）</translation>
    </message>
    <message>
        <source>What changes so it does not happen again (left empty: suggestions)</source>
        <translation>为防止再次发生所做的改变（留空：给出建议）</translation>
    </message>
    <message>
        <source>Corrective actions taken</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Preventive measures</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>PDF 语言</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>标记为已回复</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Save the plan of action</source>
        <translation>保存行动计划</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProductCustomsDialog</name>
    <message>
        <source>Customs: {sku}</source>
        <translation>清关信息：{sku}</translation>
    </message>
    <message>
        <source>6 to 10 digits, e.g. 6109.10</source>
        <translation>6到10位数字，例如 6109.10</translation>
    </message>
    <message>
        <source>ISO code, e.g. CN</source>
        <translation>ISO 代码，例如 CN</translation>
    </message>
    <message>
        <source>In English, e.g. Cotton T-shirt</source>
        <translation>用英文填写，例如 Cotton T-shirt</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS编码</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <source>Customs description</source>
        <translation>申报品名</translation>
    </message>
    <message>
        <source>Printed on the CN22 or CN23 of every parcel that crosses a border. The declared value is the order line&apos;s price times its quantity.</source>
        <translation>打印在每个跨境包裹的 CN22 或 CN23 上。申报价值为订单商品的单价乘以数量。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ProgressRun</name>
    <message>
        <source>fulfil-desk</source>
        <translation>fulfil-desk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>verify</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>pick</source>
        <translation>拣货</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>打包</translation>
    </message>
    <message>
        <source>label</source>
        <translation>面单</translation>
    </message>
    <message>
        <source>ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>预计发货时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Pick selected</source>
        <translation>所选订单拣货</translation>
    </message>
    <message>
        <source>Labels for selected</source>
        <translation>所选订单面单</translation>
    </message>
    <message>
        <source>Message to the buyer…</source>
        <translation>给买家发消息…</translation>
    </message>
    <message>
        <source>Sort by risk</source>
        <translation>按风险排序</translation>
    </message>
    <message>
        <source>Orders that can still be shipped in time first (due today, then tomorrow; the marketplace closest to its on-time target first), then overdue ones.</source>
        <translation>仍能按时发货的订单排在前面（先今天到期，再明天到期；最接近准时发货目标的平台优先），然后是已超时的订单。</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>{step}, aside</source>
        <translation>{step}（搁置）</translation>
    </message>
    <message>
        <source>{number} (reship)</source>
        <translation>{number}（补发）</translation>
    </message>
    <message>
        <source>Reshipment: a replacement for order {order}</source>
        <translation>补发：代替订单 {order} 发出的订单</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>{n} open orders</source>
        <translation>{n} 个未完成订单</translation>
    </message>
</context>
<context>
    <name>ReadWorker</name>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <source>Receive</source>
        <translation>同步订单</translation>
    </message>
    <message>
        <source>Scan an order number, or press Enter to open the most urgent order in the queue. Scan PICK-ALL to pick every verified order in one pick list, GOODS-IN to receive stock, COUNT to count a bin.</source>
        <translation>请扫描订单号，或按 Enter 打开待发货中最紧急的订单。扫描 PICK-ALL 将所有已审核订单合并到一张拣货单拣货，GOODS-IN 入库，COUNT 盘点库位。</translation>
    </message>
    <message>
        <source>Scan an order number.</source>
        <translation>请扫描订单号。</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>{open} open orders: {overdue} overdue, {today} due today, {held} on hold.</source>
        <translation>未完成订单 {open} 个：超时 {overdue} 个，今天到期 {today} 个，挂起 {held} 个。</translation>
    </message>
    <message>
        <source>Packer: {name}. Scan your badge when you take over the bench.</source>
        <translation>包装人员：{name}。接手工作台时请扫描您的工牌。</translation>
    </message>
    <message>
        <source>No packer yet: scan your badge (PACKER:&lt;name&gt;).</source>
        <translation>尚无包装人员：请扫描工牌 (PACKER:&lt;姓名&gt;)。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Backups in {folder}</source>
        <translation>{folder} 中的备份</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation>其他文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>No backups yet: Database ▸ Back up now makes one.</source>
        <translation>还没有备份：请用“数据库 ▸ 立即备份”创建。</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <source>fulfil-desk databases (*.db *.sqlite);;All files (*)</source>
        <translation>fulfil-desk 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace everything in the database by {file} ({orders} orders)?

The database as it is now is backed up first. Close fulfil-desk on the other stations before restoring.</source>
        <translation>用 {file}（{orders} 个订单）替换数据库中的全部内容？

将先备份当前数据库。恢复前请关闭其他工作台上的 fulfil-desk。</translation>
    </message>
    <message>
        <source>Restoring {file}…</source>
        <translation>正在恢复 {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Restore cancelled: the database is as it was and no backup was deleted.</source>
        <translation>恢复已取消：数据库保持原样，未删除任何备份。</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Scan the return parcel&apos;s tracking number, the tracking number the order shipped with, or the order number; then each unit that came back. COND:DAMAGED or COND:WRONG before a unit says its condition, REASON:… the buyer&apos;s reason. OK receives the return; BACK leaves it.</source>
        <translation>请扫描退货包裹的运单号、订单发货时的运单号或订单号，然后逐件扫描退回的商品。在商品前扫描 COND:DAMAGED 或 COND:WRONG 表示其状态，扫描 REASON:… 表示买家的退货原因。扫描 OK 收货；扫描 BACK 放弃。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应退</translation>
    </message>
    <message>
        <source>In the parcel</source>
        <translation>包裹中</translation>
    </message>
    <message>
        <source>SKU or code</source>
        <translation>SKU 或编码</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>应退回的商品</translation>
    </message>
    <message>
        <source>Scanned in this parcel</source>
        <translation>此包裹中已扫描</translation>
    </message>
    <message>
        <source>Resellable</source>
        <translation>可再售</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>次品</translation>
    </message>
    <message>
        <source>Not ours / wrong item</source>
        <translation>非本店商品／错发商品</translation>
    </message>
    <message>
        <source>Receive the return (OK)</source>
        <translation>收下退货（OK）</translation>
    </message>
    <message>
        <source>Return parcel {parcel}: scan the order number or its tracking number.</source>
        <translation>退货包裹 {parcel}：请扫描订单号或其发货运单号。</translation>
    </message>
    <message>
        <source>Scan the return parcel, its order&apos;s tracking number or number.</source>
        <translation>请扫描退货包裹、订单的发货运单号或订单号。</translation>
    </message>
    <message>
        <source>Return of {order} ({marketplace}), units scanned: {units}.</source>
        <translation>{order}（{marketplace}）的退货：已扫描 {units} 件。</translation>
    </message>
    <message>
        <source>Parcel {parcel}.</source>
        <translation>退货包裹 {parcel}。</translation>
    </message>
    <message>
        <source>Next units: {condition}, reason {reason}.</source>
        <translation>接下来的商品：{condition}，原因：{reason}。</translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <source>No orders yet from a marketplace with seller scores (Coupang, Amazon, eBay, Shopee, Wish).</source>
        <translation>尚无来自有卖家分数平台的订单（Coupang、Amazon、eBay、Shopee、Wish）。</translation>
    </message>
    <message>
        <source>Click a metric to see the orders behind it.</source>
        <translation>点击指标查看相关订单。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>预计发货时间</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New inquiry…</source>
        <translation>新建顾客咨询…</translation>
    </message>
    <message>
        <source>New notice…</source>
        <translation>新建业绩通知…</translation>
    </message>
    <message>
        <source>At risk: due today or tomorrow</source>
        <translation>即将超时：今天或明天到期</translation>
    </message>
    <message>
        <source>Open inquiries (answer within 24 h)</source>
        <translation>未回复的顾客咨询（24 小时内回复）</translation>
    </message>
    <message>
        <source>Performance notices</source>
        <translation>业绩通知</translation>
    </message>
    <message>
        <source>{metric}: {count} in the window, {problems} against the shop</source>
        <translation>{metric}：统计期内 {count} 单，卖家责任 {problems} 单</translation>
    </message>
    <message>
        <source>No open inquiries.</source>
        <translation>没有未回复的顾客咨询。</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>No open performance notices.</source>
        <translation>没有待处理的业绩通知。</translation>
    </message>
    <message>
        <source>Plan of action…</source>
        <translation>行动计划…</translation>
    </message>
    <message>
        <source>{t} left</source>
        <translation>剩余 {t}</translation>
    </message>
    <message>
        <source>late by {t}</source>
        <translation>已超时 {t}</translation>
    </message>
    <message>
        <source>Respond: {t} left</source>
        <translation>申诉：剩余 {t}</translation>
    </message>
    <message>
        <source>Respond: late by {t}</source>
        <translation>申诉：已超时 {t}</translation>
    </message>
    <message>
        <source>Plan: {t} left</source>
        <translation>行动计划：剩余 {t}</translation>
    </message>
    <message>
        <source>Plan: late by {t}</source>
        <translation>行动计划：已超时 {t}</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <source>Packer statistics</source>
        <translation>包装人员统计</translation>
    </message>
    <message>
        <source>All packers</source>
        <translation>全部包装人员</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>包装人员</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Orders packed</source>
        <translation>打包订单数</translation>
    </message>
    <message>
        <source>Units packed</source>
        <translation>打包件数</translation>
    </message>
    <message>
        <source>Units picked</source>
        <translation>拣货件数</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>作业时长</translation>
    </message>
    <message>
        <source>Orders/h</source>
        <translation>订单/小时</translation>
    </message>
    <message>
        <source>Units/h</source>
        <translation>件/小时</translation>
    </message>
    <message>
        <source>Open → ship (median)</source>
        <translation>打开 → 发货（中位数）</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>最长</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>商品不符</translation>
    </message>
    <message>
        <source>One too many</source>
        <translation>数量超出</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>未知条码</translation>
    </message>
    <message>
        <source>Other refusals</source>
        <translation>其他拒绝</translation>
    </message>
    <message>
        <source>Refused /100 units</source>
        <translation>拒绝/100 件</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <source>First</source>
        <translation>首次作业</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最后作业</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
        <source>No bench work on these days.</source>
        <translation>这些日期没有作业记录。</translation>
    </message>
</context>
<context>
    <name>StatsMenu</name>
    <message>
        <source>Packer &amp;statistics…</source>
        <translation>包装人员统计(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Scan here (or type and press Enter)</source>
        <translation>在此扫描（或输入后按 Enter）</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>COMPLETE</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>SHIPPED</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>WRONG ITEM</source>
        <translation>商品不符</translation>
    </message>
    <message>
        <source>ONE TOO MANY</source>
        <translation>数量超出</translation>
    </message>
    <message>
        <source>UNKNOWN CODE</source>
        <translation>未知条码</translation>
    </message>
</context>
<context>
    <name>StockLevels</name>
    <message>
        <source>Export shippable quantities</source>
        <translation>导出可用库存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>StockLevelsDialog</name>
    <message>
        <source>Stock levels</source>
        <translation>库存一览</translation>
    </message>
</context>
<context>
    <name>StockLevelsPanel</name>
    <message>
        <source>Filter by SKU or name</source>
        <translation>按 SKU 或商品名称筛选</translation>
    </message>
    <message>
        <source>Low only</source>
        <translation>仅低库存</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>在手库存</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <source>Shippable</source>
        <translation>可用库存</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>订货点</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低库存</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Choose a row to set its safety stock and reorder point.</source>
        <translation>选择一行以设置安全库存和订货点。</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>保存阈值</translation>
    </message>
    <message>
        <source>Customs…</source>
        <translation>清关信息…</translation>
    </message>
    <message>
        <source>Export shippable…</source>
        <translation>导出可用库存…</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>订货点</translation>
    </message>
</context>
<context>
    <name>TrackingPage</name>
    <message>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Scan the tracking number from the courier&apos;s waybill. Scan COURIER:&lt;code&gt; (e.g. COURIER:HANJIN) to change the courier, REPRINT to print the label again.</source>
        <translation>请扫描物流商面单上的运单号。扫描 COURIER:&lt;代码&gt;（例如 COURIER:HANJIN）更换物流商，扫描 REPRINT 重新打印面单。</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>物流商</translation>
    </message>
    <message>
        <source>Scan the waybill on the box: it must be {number}.</source>
        <translation>请扫描箱子上的面单：运单号应为 {number}。</translation>
    </message>
    <message>
        <source>Scan the barcode on the {courier} waybill.</source>
        <translation>请扫描 {courier} 面单上的条码。</translation>
    </message>
    <message>
        <source>Choose the courier, then scan its waybill.</source>
        <translation>请选择物流商，然后扫描运单。</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>No installed font shows Korean and Chinese text. Install fonts-wqy-microhei (Debian/Ubuntu: sudo apt install fonts-wqy-microhei), then start fulfil-desk again.</source>
        <translation>未安装可显示韩文和中文的字体。请安装 fonts-wqy-microhei（Debian/Ubuntu：sudo apt install fonts-wqy-microhei），然后重新启动 fulfil-desk。</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Press Enter to verify. Scan HOLD:&lt;reason&gt; to hold it, CANCEL:&lt;reason&gt; to cancel it, BACK for the queue.</source>
        <translation>按 Enter 审核通过。扫描 HOLD:&lt;原因&gt; 挂起，CANCEL:&lt;原因&gt; 取消，BACK 返回待发货。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>在手库存</translation>
    </message>
    <message>
        <source>Verify (Enter)</source>
        <translation>审核 (Enter)</translation>
    </message>
    <message>
        <source>{reason} ({by} cancels)</source>
        <translation>{reason}（{by}取消）</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>PCCC…</source>
        <translation>个人通关码…</translation>
    </message>
    <message>
        <source>The recipient&apos;s personal customs clearance code</source>
        <translation>收件人的个人通关码</translation>
    </message>
    <message>
        <source>Personal customs clearance code</source>
        <translation>个人通关码</translation>
    </message>
    <message>
        <source>The recipient&apos;s PCCC (P and 12 digits):</source>
        <translation>收件人的个人通关码（P 加 12 位数字）：</translation>
    </message>
    <message>
        <source>On hold ({reason}). </source>
        <translation>已挂起 ({reason})。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
</context>
<context>
    <name>WaybillsDialog</name>
    <message>
        <source>Waybill numbers</source>
        <translation>运单号段</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>导入号段</translation>
    </message>
    <message>
        <source>A band is the run of waybill numbers a courier handed the shop: give its first and last number as printed, check digit included. Each label then takes the next number of its courier&apos;s band.</source>
        <translation>号段是物流商分配给店铺的一串连续运单号：请按印刷的样子输入起始号和结束号（含校验位）。此后每张面单使用其物流商号段中的下一个号码。</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>物流商</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>起始号</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>结束号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始号</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束号</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Check digits</source>
        <translation>校验位</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未核对</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已核对</translation>
    </message>
</context>
<context>
    <name>WaybillsMenu</name>
    <message>
        <source>&amp;Waybill numbers…</source>
        <translation>运单号段(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>导入订单(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export tracking…</source>
        <translation>导出运单号(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Returns</source>
        <translation>退货(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Handover to the driver</source>
        <translation>交接给司机(&amp;H)</translation>
    </message>
    <message>
        <source>Back to &amp;queue</source>
        <translation>返回待发货(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>打印机(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>库存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Goods in</source>
        <translation>入库(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Cycle count</source>
        <translation>盘点(&amp;C)</translation>
    </message>
    <message>
        <source>Stock &amp;levels…</source>
        <translation>库存一览(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Export shippable…</source>
        <translation>导出可用库存(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>日历(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Non-shipping days…</source>
        <translation>休息日(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger type</source>
        <translation>放大字体(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller type</source>
        <translation>缩小字体(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>默认大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;This page…</source>
        <translation>当前页面(&amp;T)…</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>fulfil-desk may not write there</source>
        <translation>没有写入权限</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
</context>
<context>
    <name>ZplMenu</name>
    <message>
        <source>Labels sent to {name}:</source>
        <translation>发送到 {name} 的面单：</translation>
    </message>
    <message>
        <source>No printer is set up</source>
        <translation>尚未设置打印机</translation>
    </message>
    <message>
        <source>PDF (any printer)</source>
        <translation>PDF（任意打印机）</translation>
    </message>
    <message>
        <source>ZPL, thermal printer at 203 dpi (raw queue)</source>
        <translation>ZPL，203 dpi 热敏打印机（raw 队列）</translation>
    </message>
    <message>
        <source>ZPL, thermal printer at 300 dpi (raw queue)</source>
        <translation>ZPL，300 dpi 热敏打印机（raw 队列）</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>fulfil-desk</source>
        <translation>fulfil-desk</translation>
    </message>
    <message>
        <source>Something went wrong inside fulfil-desk. Your scans are saved. Please send {log} to support.

{error}</source>
        <translation>fulfil-desk 内部出错。您的扫描记录已保存。请将 {log} 发送给技术支持。

{error}</translation>
    </message>
</context>
</TS>
