<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AtRiskView</name>
    <message>
        <source>{n} open orders are already past their ship-by.</source>
        <translation>미처리 주문 {n}건이 이미 출고예정일을 지났습니다.</translation>
    </message>
    <message>
        <source>No open order is due today or tomorrow.</source>
        <translation>오늘·내일 출고예정인 미처리 주문이 없습니다.</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>오늘 {time}</translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation>내일 {time}</translation>
    </message>
    <message>
        <source>+{n} more (sort the queue by risk)</source>
        <translation>외 {n}건 (출고 대기를 위험순으로 정렬하세요)</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>&amp;Database</source>
        <translation>데이터베이스(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>백업에서 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>데이터베이스 백업 중…</translation>
    </message>
    <message>
        <source>Backup cancelled: no file was written and the earlier backups are kept.</source>
        <translation>백업을 취소했습니다. 파일을 만들지 않았고 이전 백업은 그대로 있습니다.</translation>
    </message>
</context>
<context>
    <name>BatchLabelDialog</name>
    <message numerus="yes">
        <source>Labels for %n order(s)</source>
        <translation>
            <numerusform>주문 %n건의 송장</numerusform>
        </translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>출고예정일</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>판매처</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>수취인</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>박스</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) in one PDF, one 4×6 in page each:</source>
        <translation>
            <numerusform>송장 %n장을 PDF 하나로 (송장마다 4×6인치 한 페이지):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Print %n label(s)</source>
        <translation>
            <numerusform>송장 %n장 출력(&amp;P)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Printer: {name} (ZPL, {dpi} dpi)</source>
        <translation>프린터: {name} (ZPL, {dpi}dpi)</translation>
    </message>
    <message>
        <source>Printer: {name}</source>
        <translation>프린터: {name}</translation>
    </message>
    <message>
        <source>No printer is set up: Print saves the PDF to {dir}.</source>
        <translation>프린터가 설정되지 않았습니다. 출력하면 PDF를 {dir}에 저장합니다.</translation>
    </message>
    <message>
        <source>Save the labels as PDF</source>
        <translation>송장을 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Making %n label(s)…</source>
        <translation>
            <numerusform>송장 %n장 만드는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels cancelled: nothing was printed or saved, and the orders still wait for their labels.</source>
        <translation>송장 작업을 취소했습니다. 출력·저장된 것은 없으며, 주문은 계속 송장을 기다립니다.</translation>
    </message>
    <message>
        <source>No label was recorded; the orders still wait.</source>
        <translation>송장 출력이 기록되지 않았습니다. 주문은 계속 대기합니다.</translation>
    </message>
    <message>
        <source>The labels went out ({how}) but were not recorded: {why}</source>
        <translation>송장은 나갔지만({how}) 기록되지 않았습니다: {why}</translation>
    </message>
    <message>
        <source>Sending the labels to {name}…</source>
        <translation>{name}에 송장을 보내는 중…</translation>
    </message>
    <message>
        <source>labels ({n})</source>
        <translation>송장 {n}장</translation>
    </message>
    <message>
        <source>Cannot save {path}: {why}.</source>
        <translation>{path}에 저장할 수 없습니다: {why}.</translation>
    </message>
</context>
<context>
    <name>BatchLabels</name>
    <message>
        <source>&amp;Labels for packed orders…</source>
        <translation>포장 완료 주문 송장(&amp;L)…</translation>
    </message>
    <message>
        <source>No packed order is waiting for its label.</source>
        <translation>송장을 기다리는 포장 완료 주문이 없습니다.</translation>
    </message>
</context>
<context>
    <name>BuyerMessageDialog</name>
    <message>
        <source>Message to the buyer</source>
        <translation>구매자에게 보낼 메시지</translation>
    </message>
    <message>
        <source>Order {order} · {marketplace} · the buyer reads {language}</source>
        <translation>주문 {order} · {marketplace} · 구매자 언어: {language}</translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation>자리 표시자: {names}</translation>
    </message>
    <message>
        <source>Keep this wording</source>
        <translation>이 문구 저장</translation>
    </message>
    <message>
        <source>Back to the shipped wording</source>
        <translation>기본 문구로 되돌리기</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>클립보드에 복사</translation>
    </message>
    <message>
        <source>What to tell</source>
        <translation>알릴 내용</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Your wording</source>
        <translation>내 문구</translation>
    </message>
    <message>
        <source>The message (change it here for this buyer only)</source>
        <translation>메시지(이 구매자에게만 바꾸려면 여기서 고치세요)</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Shipping calendar</source>
        <translation>출고 달력</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>공휴일</translation>
    </message>
    <message>
        <source>Shop closed</source>
        <translation>자체 휴무</translation>
    </message>
    <message>
        <source>No pickup</source>
        <translation>집하 휴무</translation>
    </message>
    <message>
        <source>Make-up workday</source>
        <translation>대체 근무일(중국)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Name, e.g. Summer vacation</source>
        <translation>이름 (예: 여름휴가)</translation>
    </message>
    <message>
        <source>Every courier (shop closed)</source>
        <translation>모든 택배사 (자체 휴무)</translation>
    </message>
    <message>
        <source>Add non-shipping day</source>
        <translation>휴무일 추가</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>선택 항목 삭제</translation>
    </message>
    <message>
        <source>{kind} ({courier}): {name}</source>
        <translation>{kind} ({courier}): {name}</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <source>Choose a day in the list first.</source>
        <translation>먼저 목록에서 날짜를 선택하세요.</translation>
    </message>
    <message>
        <source>A make-up workday is a shipping day; to close it, add it as a day off.</source>
        <translation>대체 근무일(중국 조정 근무일)은 출고하는 날입니다. 쉬려면 휴무일로 추가하세요.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… 외 {n}건</translation>
    </message>
    <message>
        <source>Ship-by deadlines that move ({n}):</source>
        <translation>출고예정일이 바뀌는 주문 ({n}건):</translation>
    </message>
    <message>
        <source>No open order&apos;s ship-by moves.</source>
        <translation>출고예정일이 바뀌는 미처리 주문이 없습니다.</translation>
    </message>
</context>
<context>
    <name>CapacityStrip</name>
    <message>
        <source>Next shipping days: orders due / daily capacity</source>
        <translation>다음 출고일: 출고예정 주문 / 일일 출고 가능량</translation>
    </message>
    <message>
        <source>{date}: {load} orders due, capacity {capacity} ({units} units)</source>
        <translation>{date}: 출고예정 {load}건, 출고 가능량 {capacity}건 (수량 {units}개)</translation>
    </message>
    <message>
        <source>{n} of them overdue</source>
        <translation>그중 출고지연 {n}건</translation>
    </message>
    <message>
        <source>Over capacity. Orders at risk (ordered last):</source>
        <translation>출고 가능량 초과. 지연 위험 주문 (최근 주문순):</translation>
    </message>
    <message>
        <source>  … and {n} more</source>
        <translation>  … 외 {n}건</translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <source>Print command sheet</source>
        <translation>명령 바코드표 출력</translation>
    </message>
    <message>
        <source>Save command sheet as PDF…</source>
        <translation>명령 바코드표 PDF로 저장…</translation>
    </message>
    <message>
        <source>command sheet</source>
        <translation>명령 바코드표</translation>
    </message>
    <message>
        <source>Save the command sheet as PDF</source>
        <translation>명령 바코드표를 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save {path}: {why}.</source>
        <translation>{path}에 저장할 수 없습니다: {why}.</translation>
    </message>
    <message>
        <source>Command sheet saved to {path}.</source>
        <translation>명령 바코드표를 {path}에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <source>Cycle count</source>
        <translation>재고실사</translation>
    </message>
    <message>
        <source>Scan a bin label, then every item in it; a number right after an item says how many that scan was. FINISH (or Enter twice) posts the differences; the first Enter shows them. BLIND (before the first item) hides the expected quantities; CANCEL drops the count; BACK returns to the queue.</source>
        <translation>로케이션 라벨을 스캔한 뒤 그 안의 상품을 모두 스캔하세요. 상품 바로 다음에 숫자를 스캔하면 그 수량으로 셉니다. FINISH(또는 Enter 두 번)로 차이를 반영하며, 첫 Enter는 차이를 보여 줍니다. BLIND(첫 상품 전)는 전산 수량을 숨기고, CANCEL은 실사를 취소하며, BACK은 출고 대기로 돌아갑니다.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>상품명</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>실사 수량</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>전산 수량</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>로케이션</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU 수</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>현재고</translation>
    </message>
    <message>
        <source>Last counted</source>
        <translation>최근 실사</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Finish count</source>
        <translation>실사 완료</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>블라인드</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>실사 취소</translation>
    </message>
    <message>
        <source>Scan a bin label to count it (blind: expected hidden).</source>
        <translation>실사할 로케이션 라벨을 스캔하세요 (블라인드: 전산 수량 숨김).</translation>
    </message>
    <message>
        <source>Scan a bin label to count it. Bins counted longest ago come first.</source>
        <translation>실사할 로케이션 라벨을 스캔하세요. 가장 오래전에 실사한 로케이션이 맨 위에 있습니다.</translation>
    </message>
    <message>
        <source>Counting bin {bin}, units scanned: {units}.</source>
        <translation>로케이션 {bin} 실사 중: {units}개 스캔.</translation>
    </message>
    <message>
        <source>Blind count.</source>
        <translation>블라인드 실사.</translation>
    </message>
    <message>
        <source>The count of bin {bin} was cancelled; stock is unchanged.</source>
        <translation>로케이션 {bin} 실사를 취소했습니다. 재고는 그대로입니다.</translation>
    </message>
    <message>
        <source>Bin {bin} counted: {off} difference(s) posted. Scan the next bin.</source>
        <translation>로케이션 {bin} 실사 완료: 차이 {off}건 반영. 다음 로케이션을 스캔하세요.</translation>
    </message>
</context>
<context>
    <name>DeliveriesDialog</name>
    <message>
        <source>Deliveries and couriers</source>
        <translation>배송 현황과 택배사</translation>
    </message>
    <message>
        <source>All couriers</source>
        <translation>모든 택배사</translation>
    </message>
    <message>
        <source>each courier&apos;s days</source>
        <translation>택배사별 예상 기간</translation>
    </message>
    <message>
        <source> shipping days</source>
        <translation> 영업일</translation>
    </message>
    <message>
        <source>Every parcel in transit</source>
        <translation>배송중인 택배 전부</translation>
    </message>
    <message>
        <source>Last {n} days</source>
        <translation>최근 {n}일</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <source>Stale after</source>
        <translation>지연 기준</translation>
    </message>
    <message>
        <source>Open tracking page</source>
        <translation>배송 조회 페이지 열기</translation>
    </message>
    <message>
        <source>Lost: reship…</source>
        <translation>분실: 재배송…</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>배송완료일</translation>
    </message>
    <message>
        <source>Mark chosen delivered</source>
        <translation>선택한 택배 배송완료</translation>
    </message>
    <message>
        <source>Paste a list…</source>
        <translation>목록 붙여 넣기…</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>파일에서…</translation>
    </message>
    <message>
        <source>Parcels in transit</source>
        <translation>배송중인 택배</translation>
    </message>
    <message>
        <source>Courier performance</source>
        <translation>택배사별 배송 성과</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>판매처</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>운송장번호</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>출고일</translation>
    </message>
    <message>
        <source>Days in transit</source>
        <translation>배송 경과(영업일)</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>예상(영업일)</translation>
    </message>
    <message>
        <source>Promised delivery</source>
        <translation>약속 배송일</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>택배</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>배송완료</translation>
    </message>
    <message>
        <source>With a promised date</source>
        <translation>약속 배송일 있음</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>정시 배송</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>중앙값(일)</translation>
    </message>
    <message>
        <source>90th percentile days</source>
        <translation>90백분위(일)</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>분실</translation>
    </message>
    <message>
        <source>No parcel is late in transit.</source>
        <translation>배송이 늦어진 택배가 없습니다.</translation>
    </message>
    <message>
        <source>Choose a parcel first.</source>
        <translation>먼저 택배를 고르세요.</translation>
    </message>
    <message>
        <source>This courier has no tracking page.</source>
        <translation>이 택배사는 배송 조회 페이지가 없습니다.</translation>
    </message>
    <message>
        <source>Choose the one parcel to reship.</source>
        <translation>재배송할 택배를 하나만 고르세요.</translation>
    </message>
    <message>
        <source>Tracking numbers delivered</source>
        <translation>배송완료된 운송장번호</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 또는 텍스트 파일 (*.csv *.txt *.tsv);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>DeliveriesMenu</name>
    <message>
        <source>&amp;Deliveries and couriers…</source>
        <translation>배송 현황과 택배사(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <source>No printer is set up; save it as PDF instead.</source>
        <translation>프린터가 설정되지 않았습니다. 대신 PDF로 저장하세요.</translation>
    </message>
    <message>
        <source>Sent {title} to {printer}.</source>
        <translation>{printer}에 출력을 보냈습니다: {title}.</translation>
    </message>
    <message>
        <source>label {id}</source>
        <translation>송장 {id}</translation>
    </message>
    <message>
        <source>Cannot save {path}: {why}.</source>
        <translation>{path}에 저장할 수 없습니다: {why}.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Scan REPRINT to print its label again (REPRINT:LOST, REPRINT:COURIER_ASKED, …), another order, or press Enter for the next order.</source>
        <translation>REPRINT를 스캔하면 송장을 재출력합니다 (REPRINT:LOST, REPRINT:COURIER_ASKED, …). 다른 주문을 스캔하거나 Enter를 눌러 다음 주문으로 가세요.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>상품명</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>송장 재출력</translation>
    </message>
    <message>
        <source>Reship…</source>
        <translation>재배송…</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>출고 대기로 돌아가기</translation>
    </message>
    <message>
        <source>Message to the buyer…</source>
        <translation>구매자에게 메시지…</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>피드백…</translation>
    </message>
    <message>
        <source>{at} by {who}</source>
        <translation>{at} ({who})</translation>
    </message>
    <message>
        <source>Cancelled ({reason}, by the {by})</source>
        <translation>취소됨 ({reason}, {by} 취소)</translation>
    </message>
    <message>
        <source>Shipped · {courier} {number}</source>
        <translation>출고완료 · {courier} {number}</translation>
    </message>
    <message>
        <source>Packed: {when}</source>
        <translation>포장: {when}</translation>
    </message>
    <message>
        <source>Label printed: {when}</source>
        <translation>송장 출력: {when}</translation>
    </message>
    <message>
        <source>Shipped: {when}</source>
        <translation>출고: {when}</translation>
    </message>
    <message>
        <source>Cancelled: {when}</source>
        <translation>취소: {when}</translation>
    </message>
    <message>
        <source>Label reprinted ({reason}): {when}</source>
        <translation>송장 재출력 ({reason}): {when}</translation>
    </message>
    <message>
        <source>Reshipped as {order} ({reason}): {status}</source>
        <translation>재배송 {order} ({reason}): {status}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export tracking</source>
        <translation>운송장번호 내보내기</translation>
    </message>
    <message>
        <source>Amazon shipping confirmation (tab-delimited)</source>
        <translation>Amazon 배송 확인 파일 (탭 구분)</translation>
    </message>
    <message>
        <source>Coupang Wing DeliveryList (.xlsx)</source>
        <translation>쿠팡 Wing 발주서 (DeliveryList, .xlsx)</translation>
    </message>
    <message>
        <source>Plain CSV</source>
        <translation>일반 CSV</translation>
    </message>
    <message>
        <source>all that belong in this file</source>
        <translation>전체 (이 형식에 해당하는 판매처)</translation>
    </message>
    <message>
        <source>Also shipments exported before</source>
        <translation>이전에 내보낸 출고 건도 포함</translation>
    </message>
    <message>
        <source>Only shipments not yet in a file of this format are written.</source>
        <translation>이 형식으로 아직 내보내지 않은 출고 건만 파일에 씁니다.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>판매처</translation>
    </message>
    <message>
        <source>Confirmation files (*{suffix})</source>
        <translation>배송 확인 파일 (*{suffix})</translation>
    </message>
    <message>
        <source>Nothing was exported; see the message on the page.</source>
        <translation>내보낸 것이 없습니다. 화면의 메시지를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback and reviews</source>
        <translation>피드백과 리뷰</translation>
    </message>
    <message>
        <source>order or bundle number</source>
        <translation>주문번호 또는 묶음배송번호</translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation>피드백 추가</translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation>답변 기록</translation>
    </message>
    <message>
        <source>A buyer&apos;s feedback</source>
        <translation>구매자 피드백</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>별점</translation>
    </message>
    <message>
        <source>What the buyer wrote</source>
        <translation>구매자가 쓴 내용</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>작성 시각</translation>
    </message>
    <message>
        <source>Your reply to the selected feedback</source>
        <translation>선택한 피드백에 대한 답변</translation>
    </message>
    <message>
        <source>Reply, as posted</source>
        <translation>판매처에 남긴 답변</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>답변 시각</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>판매처</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>답변 시각</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>피드백</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>내 답변</translation>
    </message>
    <message>
        <source>{n} negative feedback waiting for your reply, the oldest for {wait} (at the top, in red).</source>
        <translation>답변을 기다리는 부정적 피드백 {n}건, 가장 오래된 것은 {wait} 대기 중입니다(맨 위, 빨간색).</translation>
    </message>
</context>
<context>
    <name>FeedbackMenu</name>
    <message>
        <source>&amp;Feedback and reviews…</source>
        <translation>피드백과 리뷰(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>GoodsInPage</name>
    <message>
        <source>Goods in</source>
        <translation>입고</translation>
    </message>
    <message>
        <source>Scan a product, then type or scan how many and press Enter (Enter alone receives 1). Scanning the next product receives the one before. CLEAR drops the waiting line; BACK returns to the queue.</source>
        <translation>상품을 스캔한 다음 수량을 입력하거나 스캔하고 Enter를 누르세요 (Enter만 누르면 1개 입고). 다음 상품을 스캔하면 앞 상품이 입고됩니다. CLEAR는 대기 중인 줄을 지우고, BACK은 출고 대기로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>입고 일시</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>상품명</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>로케이션</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>On hand now</source>
        <translation>현재고</translation>
    </message>
    <message>
        <source>By</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>Latest receipts</source>
        <translation>최근 입고</translation>
    </message>
    <message>
        <source>Receive (Enter)</source>
        <translation>입고 (Enter)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Waiting: {sku} — {name} × {quantity}. Enter receives it.</source>
        <translation>대기: {sku} — {name} × {quantity}. Enter를 누르면 입고됩니다.</translation>
    </message>
    <message>
        <source>Nothing waiting: scan a product.</source>
        <translation>대기 중인 상품 없음: 상품을 스캔하세요.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Handover to the driver</source>
        <translation>기사님께 인수인계</translation>
    </message>
    <message>
        <source>Scan the courier&apos;s code (COURIER:…) or the first parcel, then each parcel the driver takes: its tracking number or order number. DRIVER:&lt;name&gt; or the field below names the driver; OK closes the list, FORCE closes it without the parcels left; BACK leaves the page.</source>
        <translation>택배사 코드(COURIER:…)나 첫 택배를 스캔한 다음, 기사님이 가져갈 택배의 운송장번호나 주문번호를 하나씩 스캔하세요. DRIVER:&lt;이름&gt;을 스캔하거나 아래 칸에 기사님 이름을 입력하세요. OK는 인수인계서를 마감하고, FORCE는 남은 택배를 빼고 마감합니다. BACK은 화면을 나갑니다.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>운송장번호</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>무게</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>박스</translation>
    </message>
    <message>
        <source>Scanned out</source>
        <translation>스캔 시각</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Type the driver&apos;s name and press Enter</source>
        <translation>기사님 이름을 입력하고 Enter를 누르세요</translation>
    </message>
    <message>
        <source>Close the list (OK)</source>
        <translation>인수인계서 마감 (OK)</translation>
    </message>
    <message>
        <source>Close without the rest (FORCE)</source>
        <translation>남은 택배 빼고 마감 (FORCE)</translation>
    </message>
    <message>
        <source>Print the open list</source>
        <translation>마감 전 인수인계서 인쇄</translation>
    </message>
    <message>
        <source>Print the last closed list</source>
        <translation>마지막 인수인계서 인쇄</translation>
    </message>
    <message>
        <source>Scan the courier&apos;s code (COURIER:…) or the first parcel to hand over.</source>
        <translation>택배사 코드(COURIER:…)나 인수인계할 첫 택배를 스캔하세요.</translation>
    </message>
    <message>
        <source>Left to scan: {orders}</source>
        <translation>스캔할 택배: {orders}</translation>
    </message>
    <message>
        <source>Every parcel is scanned out: OK closes the list.</source>
        <translation>모든 택배를 스캔했습니다. OK를 스캔하면 인수인계서를 마감합니다.</translation>
    </message>
    <message>
        <source>Scan the courier&apos;s code or a parcel first.</source>
        <translation>먼저 택배사 코드나 택배를 스캔하세요.</translation>
    </message>
    <message>
        <source>handover list</source>
        <translation>인수인계서</translation>
    </message>
    <message>
        <source>No handover list is closed yet.</source>
        <translation>마감한 인수인계서가 아직 없습니다.</translation>
    </message>
    <message>
        <source>handover list {code}</source>
        <translation>인수인계서 {code}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help: {page}</source>
        <translation>도움말: {page}</translation>
    </message>
    <message>
        <source>At {page}</source>
        <translation>{page} 화면</translation>
    </message>
    <message>
        <source>Enter alone: {does}</source>
        <translation>Enter만 누르면: {does}</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>스캔</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>기능</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Every command is on the printed command sheet: Help ▸ Print command sheet.</source>
        <translation>모든 명령은 출력한 명령 바코드표에 있습니다: 도움말 ▸ 명령 바코드표 출력.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>주문 가져오기</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Order or row</source>
        <translation>주문 또는 행</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Map columns…</source>
        <translation>열 매핑…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <source>{file} ({format}): {new} new, {updated} updated, {cancelled} cancelled by the buyer, {unchanged} unchanged, {refused} refused rows.</source>
        <translation>{file} ({format}): 신규 {new}건, 변경 {updated}건, 고객 취소 {cancelled}건, 변경 없음 {unchanged}건, 거부된 행 {refused}개.</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation>머리글로 자동 인식</translation>
    </message>
    <message>
        <source>Column mapping: {name}</source>
        <translation>열 매핑: {name}</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>자동 인식</translation>
    </message>
    <message>
        <source>Order files (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>주문 파일 (*.xlsx *.csv *.txt *.tsv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} 읽는 중…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>가져오기를 취소했습니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>Working out what {file} changes…</source>
        <translation>{file}의 변경 내용 확인 중…</translation>
    </message>
    <message>
        <source>Importing takes only the good orders; bad rows are left out.</source>
        <translation>정상 주문만 가져오고 잘못된 행은 제외합니다.</translation>
    </message>
    <message>
        <source>column mapping {name}</source>
        <translation>열 매핑 {name}</translation>
    </message>
    <message>
        <source>{layout}, {encoding}</source>
        <translation>{layout}, {encoding}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} 가져오는 중…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>가져온 것이 없습니다.</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>읽기를 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <source>New inquiry</source>
        <translation>새 고객문의</translation>
    </message>
    <message>
        <source>Order number (optional)</source>
        <translation>주문번호 (선택)</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>판매처</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수 일시</translation>
    </message>
</context>
<context>
    <name>LabelPage</name>
    <message>
        <source>Label</source>
        <translation>송장</translation>
    </message>
    <message>
        <source>Press Enter (or scan PRINT) to print the label, SAVE to save it as PDF.</source>
        <translation>Enter를 누르거나 PRINT를 스캔해 송장을 출력하세요. SAVE는 PDF로 저장합니다.</translation>
    </message>
    <message>
        <source>Print (Enter)</source>
        <translation>출력 (Enter)</translation>
    </message>
    <message>
        <source>Save label as PDF…</source>
        <translation>송장 PDF로 저장…</translation>
    </message>
    <message>
        <source>Save packing slip…</source>
        <translation>배송 전표 저장…</translation>
    </message>
    <message>
        <source>Print packing slip</source>
        <translation>배송 전표 출력</translation>
    </message>
    <message>
        <source>Printer: {name} (ZPL, {dpi} dpi)</source>
        <translation>프린터: {name} (ZPL, {dpi}dpi)</translation>
    </message>
    <message>
        <source>Printer: {name}</source>
        <translation>프린터: {name}</translation>
    </message>
    <message>
        <source>No printer is set up: Enter saves the label to {dir}.</source>
        <translation>프린터가 설정되지 않았습니다. Enter를 누르면 송장을 {dir}에 저장합니다.</translation>
    </message>
    <message>
        <source>Layout: {title} ({name})</source>
        <translation>레이아웃: {title} ({name})</translation>
    </message>
    <message>
        <source>packing slip {id}</source>
        <translation>배송 전표 {id}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>저장했습니다: {path}.</translation>
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
        <translation>출고 대기</translation>
    </message>
    <message>
        <source>Seller scores</source>
        <translation>판매자점수</translation>
    </message>
    <message>
        <source>no badge scanned</source>
        <translation>배지 스캔 안 됨</translation>
    </message>
    <message>
        <source>Database: {path} · station {station} · packer {packer}</source>
        <translation>데이터베이스: {path} · 작업대 {station} · 작업자 {packer}</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map columns</source>
        <translation>열 매핑</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Which column holds each field (* needed)</source>
        <translation>항목별 열 지정 (* 필수)</translation>
    </message>
    <message>
        <source>e.g. smartstore</source>
        <translation>예: smartstore</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>저장 이름</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>판매처</translation>
    </message>
    <message>
        <source>Country when the file has none</source>
        <translation>기본 국가 (파일에 없을 때)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>{file}: {encoding}, first {rows} rows</source>
        <translation>{file}: {encoding}, 처음 {rows}행</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>엑셀 통합 문서</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <source>Order date and time</source>
        <translation>주문 일시</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>출고예정일</translation>
    </message>
    <message>
        <source>Recipient name</source>
        <translation>수취인 이름</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>주소 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>주소 2</translation>
    </message>
    <message>
        <source>Address line 3</source>
        <translation>주소 3</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>주/도</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>상품명</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
</context>
<context>
    <name>MetricRow</name>
    <message>
        <source>no target: set one</source>
        <translation>목표 없음: 설정하세요</translation>
    </message>
    <message>
        <source>{rate}  ({num}/{den}) · {days} d · {target}</source>
        <translation>{rate}  ({num}/{den}) · {days}일 · {target}</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>우수</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>주의</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>목표 없음</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>New performance notice</source>
        <translation>새 퍼포먼스 알림</translation>
    </message>
    <message>
        <source>Notice ID</source>
        <translation>알림 ID</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>판매처</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Data period from</source>
        <translation>데이터 기간 시작</translation>
    </message>
    <message>
        <source>Data period to</source>
        <translation>데이터 기간 종료</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수 일시</translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <source>{number} · {marketplace} · ship by {ship_by}</source>
        <translation>{number} · {marketplace} · 출고예정 {ship_by}</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <source>Pack</source>
        <translation>포장</translation>
    </message>
    <message>
        <source>Scan every unit into the box, then the weight (1250 or 1.25kg); BOX-S, BOX-M or BOX-L changes the box. Enter closes it.</source>
        <translation>상품을 하나씩 스캔해 모두 박스에 넣은 뒤 무게를 스캔하세요 (1250 또는 1.25kg). BOX-S, BOX-M, BOX-L로 박스를 바꿉니다. Enter를 누르면 포장을 마칩니다.</translation>
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
        <translation>상품명</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>바코드</translation>
    </message>
    <message>
        <source>In box</source>
        <translation>포장 수량</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>By hand (MANUAL)</source>
        <translation>수동 확인 (MANUAL)</translation>
    </message>
    <message>
        <source>Close box (Enter)</source>
        <translation>포장 완료 (Enter)</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>박스</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>무게</translation>
    </message>
    <message>
        <source>{packed} of {units} in the box · next: {sku}
{title}</source>
        <translation>{units}개 중 {packed}개 포장 · 다음: {sku}
{title}</translation>
    </message>
    <message>
        <source>Every unit is in the box. Scan the weight, or Enter to close it.</source>
        <translation>모든 상품을 담았습니다. 무게를 스캔하거나 Enter를 눌러 포장을 마치세요.</translation>
    </message>
</context>
<context>
    <name>PasteDeliveriesDialog</name>
    <message>
        <source>Paste delivered parcels</source>
        <translation>배송완료된 택배 붙여 넣기</translation>
    </message>
    <message>
        <source>One parcel a line: the tracking number, then the delivery date (2026-06-20, or 2026-06-20 14:30). No date: now.</source>
        <translation>한 줄에 택배 한 건씩 운송장번호, 그다음 배송완료일을 입력하세요(2026-06-20 또는 2026-06-20 14:30). 날짜가 없으면 지금 시각으로 기록합니다.</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>배송완료 표시</translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message>
        <source>Pick</source>
        <translation>피킹</translation>
    </message>
    <message>
        <source>Scan each unit as you take it from its bin. Wrong items and one too many are refused.</source>
        <translation>로케이션에서 상품을 꺼낼 때마다 하나씩 스캔하세요. 다른 상품과 초과 수량은 거부됩니다.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>로케이션</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>상품명</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>바코드</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>피킹</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <source>By hand (MANUAL)</source>
        <translation>수동 확인 (MANUAL)</translation>
    </message>
    <message>
        <source>Save pick list as PDF…</source>
        <translation>피킹리스트 PDF로 저장…</translation>
    </message>
    <message>
        <source>Print pick list</source>
        <translation>피킹리스트 출력</translation>
    </message>
    <message>
        <source>Verified. Press Enter to start picking this order.</source>
        <translation>주문 확인 완료. Enter를 눌러 이 주문의 피킹을 시작하세요.</translation>
    </message>
    <message>
        <source>Next: {sku} × {left} · bin {bin}
{title}</source>
        <translation>다음: {sku} × {left} · 로케이션 {bin}
{title}</translation>
    </message>
    <message>
        <source>Everything is picked.</source>
        <translation>피킹을 모두 마쳤습니다.</translation>
    </message>
    <message>
        <source>pick list {id}</source>
        <translation>피킹리스트 {id}</translation>
    </message>
    <message>
        <source>Save pick list</source>
        <translation>피킹리스트 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save {path}: {why}.</source>
        <translation>{path}에 저장할 수 없습니다: {why}.</translation>
    </message>
    <message>
        <source>Pick list saved to {path}.</source>
        <translation>피킹리스트를 {path}에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan of action for {id}</source>
        <translation>{id} 개선 계획서</translation>
    </message>
    <message>
        <source>{market} · {metric}
Data period {start} to {end}
{count} problem orders</source>
        <translation>{market} · {metric}
데이터 기간 {start} ~ {end}
문제 주문 {count}건</translation>
    </message>
    <message>
        <source>What you did about these orders (left empty: suggestions per root cause)</source>
        <translation>이 주문들에 취한 조치 (비워 두면 원인별 제안 문구)</translation>
    </message>
    <message>
        <source>What changes so it does not happen again (left empty: suggestions)</source>
        <translation>재발 방지를 위해 바꾸는 점 (비워 두면 제안 문구)</translation>
    </message>
    <message>
        <source>Corrective actions taken</source>
        <translation>시정 조치</translation>
    </message>
    <message>
        <source>Preventive measures</source>
        <translation>예방 조치</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>PDF 언어</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF 저장…</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>답변 완료로 표시</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>저장했습니다: {path}</translation>
    </message>
    <message>
        <source>Save the plan of action</source>
        <translation>개선 계획서 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProductCustomsDialog</name>
    <message>
        <source>Customs: {sku}</source>
        <translation>통관 정보: {sku}</translation>
    </message>
    <message>
        <source>6 to 10 digits, e.g. 6109.10</source>
        <translation>숫자 6~10자리, 예: 6109.10</translation>
    </message>
    <message>
        <source>ISO code, e.g. CN</source>
        <translation>ISO 코드, 예: CN</translation>
    </message>
    <message>
        <source>In English, e.g. Cotton T-shirt</source>
        <translation>영어로, 예: Cotton T-shirt</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS 코드</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>원산지</translation>
    </message>
    <message>
        <source>Customs description</source>
        <translation>통관용 상품 설명</translation>
    </message>
    <message>
        <source>Printed on the CN22 or CN23 of every parcel that crosses a border. The declared value is the order line&apos;s price times its quantity.</source>
        <translation>국경을 넘는 모든 택배의 CN22 또는 CN23에 인쇄됩니다. 신고 가격은 주문 상품의 가격 × 수량입니다.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
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
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>verify</source>
        <translation>주문 확인</translation>
    </message>
    <message>
        <source>pick</source>
        <translation>피킹</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>포장</translation>
    </message>
    <message>
        <source>label</source>
        <translation>송장</translation>
    </message>
    <message>
        <source>ship</source>
        <translation>출고</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>출고예정일</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>판매처</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>수취인</translation>
    </message>
    <message>
        <source>Pick selected</source>
        <translation>선택 주문 피킹</translation>
    </message>
    <message>
        <source>Labels for selected</source>
        <translation>선택 주문 송장</translation>
    </message>
    <message>
        <source>Message to the buyer…</source>
        <translation>구매자에게 메시지…</translation>
    </message>
    <message>
        <source>Sort by risk</source>
        <translation>위험순 정렬</translation>
    </message>
    <message>
        <source>Orders that can still be shipped in time first (due today, then tomorrow; the marketplace closest to its on-time target first), then overdue ones.</source>
        <translation>아직 제때 출고할 수 있는 주문이 먼저 (오늘, 그다음 내일 출고예정. 정시출고 목표에 가장 가까운 판매처 먼저), 그다음 출고지연 주문입니다.</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>{step}, aside</source>
        <translation>{step}, 일시중단</translation>
    </message>
    <message>
        <source>{number} (reship)</source>
        <translation>{number} (재배송)</translation>
    </message>
    <message>
        <source>Reshipment: a replacement for order {order}</source>
        <translation>재배송: {order} 주문을 대신해 보내는 주문</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>출고지연</translation>
    </message>
    <message>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>{n} open orders</source>
        <translation>미처리 주문 {n}건</translation>
    </message>
</context>
<context>
    <name>ReadWorker</name>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>가져오기를 취소했습니다. 바뀐 것은 없습니다.</translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <source>Receive</source>
        <translation>주문 수집</translation>
    </message>
    <message>
        <source>Scan an order number, or press Enter to open the most urgent order in the queue. Scan PICK-ALL to pick every verified order in one pick list, GOODS-IN to receive stock, COUNT to count a bin.</source>
        <translation>주문번호를 스캔하거나 Enter를 눌러 출고 대기에서 가장 급한 주문을 여세요. PICK-ALL은 주문 확인된 모든 주문을 피킹리스트 하나로 피킹, GOODS-IN은 입고, COUNT는 로케이션 재고실사입니다.</translation>
    </message>
    <message>
        <source>Scan an order number.</source>
        <translation>주문번호를 스캔하세요.</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>준비</translation>
    </message>
    <message>
        <source>{open} open orders: {overdue} overdue, {today} due today, {held} on hold.</source>
        <translation>미처리 주문 {open}건: 출고지연 {overdue}건, 오늘 출고예정 {today}건, 보류 {held}건.</translation>
    </message>
    <message>
        <source>Packer: {name}. Scan your badge when you take over the bench.</source>
        <translation>작업자: {name}. 작업대를 넘겨받으면 본인 배지를 스캔하세요.</translation>
    </message>
    <message>
        <source>No packer yet: scan your badge (PACKER:&lt;name&gt;).</source>
        <translation>작업자 없음: 배지를 스캔하세요 (PACKER:&lt;이름&gt;).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>백업 일시</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>주문 수</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Backups in {folder}</source>
        <translation>백업 폴더: {folder}</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation>다른 파일(&amp;F)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
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
        <translation>일일</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>수동</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>업그레이드 전</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>복원 전</translation>
    </message>
    <message>
        <source>No backups yet: Database ▸ Back up now makes one.</source>
        <translation>아직 백업이 없습니다. 데이터베이스 ▸ 지금 백업으로 만드세요.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>파일에서 복원</translation>
    </message>
    <message>
        <source>fulfil-desk databases (*.db *.sqlite);;All files (*)</source>
        <translation>fulfil-desk 데이터베이스 (*.db *.sqlite);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Replace everything in the database by {file} ({orders} orders)?

The database as it is now is backed up first. Close fulfil-desk on the other stations before restoring.</source>
        <translation>데이터베이스 전체를 {file}(주문 {orders}건)의 내용으로 바꿀까요?

현재 데이터베이스는 먼저 백업됩니다. 복원하기 전에 다른 작업대의 fulfil-desk를 닫으세요.</translation>
    </message>
    <message>
        <source>Restoring {file}…</source>
        <translation>{file} 복원 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Restore cancelled: the database is as it was and no backup was deleted.</source>
        <translation>복원을 취소했습니다. 데이터베이스는 그대로이며 삭제된 백업은 없습니다.</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Returns</source>
        <translation>반품</translation>
    </message>
    <message>
        <source>Scan the return parcel&apos;s tracking number, the tracking number the order shipped with, or the order number; then each unit that came back. COND:DAMAGED or COND:WRONG before a unit says its condition, REASON:… the buyer&apos;s reason. OK receives the return; BACK leaves it.</source>
        <translation>반품 상자의 운송장번호, 발송한 운송장번호 또는 주문번호를 스캔한 뒤 돌아온 상품을 하나씩 스캔하세요. 상품 앞에 COND:DAMAGED 또는 COND:WRONG을 스캔하면 상태를, REASON:…을 스캔하면 구매자의 반품 사유를 정합니다. OK를 스캔하면 입고하고, BACK을 스캔하면 그만둡니다.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>상품명</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>반품 예정</translation>
    </message>
    <message>
        <source>In the parcel</source>
        <translation>상자 안</translation>
    </message>
    <message>
        <source>SKU or code</source>
        <translation>SKU 또는 코드</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>반품 예정 상품</translation>
    </message>
    <message>
        <source>Scanned in this parcel</source>
        <translation>이 상자에서 스캔한 상품</translation>
    </message>
    <message>
        <source>Resellable</source>
        <translation>재판매 가능</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>파손</translation>
    </message>
    <message>
        <source>Not ours / wrong item</source>
        <translation>당사 상품 아님 / 오배송 상품</translation>
    </message>
    <message>
        <source>Receive the return (OK)</source>
        <translation>반품 입고(OK)</translation>
    </message>
    <message>
        <source>Return parcel {parcel}: scan the order number or its tracking number.</source>
        <translation>반품 상자 {parcel}: 주문번호 또는 발송한 운송장번호를 스캔하세요.</translation>
    </message>
    <message>
        <source>Scan the return parcel, its order&apos;s tracking number or number.</source>
        <translation>반품 상자, 발송한 운송장번호 또는 주문번호를 스캔하세요.</translation>
    </message>
    <message>
        <source>Return of {order} ({marketplace}), units scanned: {units}.</source>
        <translation>{order}({marketplace})의 반품: {units}개 스캔했습니다.</translation>
    </message>
    <message>
        <source>Parcel {parcel}.</source>
        <translation>반품 상자 {parcel}.</translation>
    </message>
    <message>
        <source>Next units: {condition}, reason {reason}.</source>
        <translation>다음 상품: {condition}, 사유 {reason}.</translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <source>No orders yet from a marketplace with seller scores (Coupang, Amazon, eBay, Shopee, Wish).</source>
        <translation>판매자점수가 있는 판매처(쿠팡, Amazon, eBay, Shopee, Wish)의 주문이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Click a metric to see the orders behind it.</source>
        <translation>지표를 클릭하면 해당 주문을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>출고예정일</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>New inquiry…</source>
        <translation>고객문의 등록…</translation>
    </message>
    <message>
        <source>New notice…</source>
        <translation>알림 등록…</translation>
    </message>
    <message>
        <source>At risk: due today or tomorrow</source>
        <translation>지연 위험: 오늘·내일 출고예정</translation>
    </message>
    <message>
        <source>Open inquiries (answer within 24 h)</source>
        <translation>미답변 고객문의 (24시간 내 답변)</translation>
    </message>
    <message>
        <source>Performance notices</source>
        <translation>퍼포먼스 알림</translation>
    </message>
    <message>
        <source>{metric}: {count} in the window, {problems} against the shop</source>
        <translation>{metric}: 집계 기간 {count}건 중 판매자 귀책 {problems}건</translation>
    </message>
    <message>
        <source>No open inquiries.</source>
        <translation>미답변 고객문의가 없습니다.</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>답변 완료</translation>
    </message>
    <message>
        <source>No open performance notices.</source>
        <translation>처리할 퍼포먼스 알림이 없습니다.</translation>
    </message>
    <message>
        <source>Plan of action…</source>
        <translation>개선 계획서…</translation>
    </message>
    <message>
        <source>{t} left</source>
        <translation>{t} 남음</translation>
    </message>
    <message>
        <source>late by {t}</source>
        <translation>{t} 지남</translation>
    </message>
    <message>
        <source>Respond: {t} left</source>
        <translation>소명: {t} 남음</translation>
    </message>
    <message>
        <source>Respond: late by {t}</source>
        <translation>소명: {t} 지남</translation>
    </message>
    <message>
        <source>Plan: {t} left</source>
        <translation>계획서: {t} 남음</translation>
    </message>
    <message>
        <source>Plan: late by {t}</source>
        <translation>계획서: {t} 지남</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <source>Packer statistics</source>
        <translation>작업자 통계</translation>
    </message>
    <message>
        <source>All packers</source>
        <translation>전체 작업자</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Orders packed</source>
        <translation>포장 주문</translation>
    </message>
    <message>
        <source>Units packed</source>
        <translation>포장 수량</translation>
    </message>
    <message>
        <source>Units picked</source>
        <translation>피킹 수량</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>출고</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>작업 시간</translation>
    </message>
    <message>
        <source>Orders/h</source>
        <translation>주문/시간</translation>
    </message>
    <message>
        <source>Units/h</source>
        <translation>수량/시간</translation>
    </message>
    <message>
        <source>Open → ship (median)</source>
        <translation>열기 → 출고 (중앙값)</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>최장</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>상품 불일치</translation>
    </message>
    <message>
        <source>One too many</source>
        <translation>수량 초과</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>미등록 코드</translation>
    </message>
    <message>
        <source>Other refusals</source>
        <translation>기타 거부</translation>
    </message>
    <message>
        <source>Refused /100 units</source>
        <translation>거부 /100개</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>수동</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>재출력</translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation>일시중단</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>인수인계</translation>
    </message>
    <message>
        <source>First</source>
        <translation>첫 작업</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>마지막 작업</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s}초</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m}분 {s}초</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h}시간 {m}분</translation>
    </message>
    <message>
        <source>No bench work on these days.</source>
        <translation>이 기간에는 작업 기록이 없습니다.</translation>
    </message>
</context>
<context>
    <name>StatsMenu</name>
    <message>
        <source>Packer &amp;statistics…</source>
        <translation>작업자 통계(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Scan here (or type and press Enter)</source>
        <translation>여기에 스캔하세요 (또는 입력 후 Enter)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>COMPLETE</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>SHIPPED</source>
        <translation>출고완료</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>WRONG ITEM</source>
        <translation>상품 불일치</translation>
    </message>
    <message>
        <source>ONE TOO MANY</source>
        <translation>수량 초과</translation>
    </message>
    <message>
        <source>UNKNOWN CODE</source>
        <translation>미등록 코드</translation>
    </message>
</context>
<context>
    <name>StockLevels</name>
    <message>
        <source>Export shippable quantities</source>
        <translation>가용재고 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
</context>
<context>
    <name>StockLevelsDialog</name>
    <message>
        <source>Stock levels</source>
        <translation>재고 현황</translation>
    </message>
</context>
<context>
    <name>StockLevelsPanel</name>
    <message>
        <source>Filter by SKU or name</source>
        <translation>SKU 또는 상품명으로 검색</translation>
    </message>
    <message>
        <source>Low only</source>
        <translation>부족만 보기</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>로케이션</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>상품명</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>현재고</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>할당</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>안전재고</translation>
    </message>
    <message>
        <source>Shippable</source>
        <translation>가용재고</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>재주문점</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>부족</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>부족</translation>
    </message>
    <message>
        <source>Choose a row to set its safety stock and reorder point.</source>
        <translation>행을 선택해 안전재고와 재주문점을 설정하세요.</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>기준 저장</translation>
    </message>
    <message>
        <source>Customs…</source>
        <translation>통관 정보…</translation>
    </message>
    <message>
        <source>Export shippable…</source>
        <translation>가용재고 내보내기…</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>안전재고</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>재주문점</translation>
    </message>
</context>
<context>
    <name>TrackingPage</name>
    <message>
        <source>Tracking</source>
        <translation>운송장번호</translation>
    </message>
    <message>
        <source>Scan the tracking number from the courier&apos;s waybill. Scan COURIER:&lt;code&gt; (e.g. COURIER:HANJIN) to change the courier, REPRINT to print the label again.</source>
        <translation>택배사 운송장의 운송장번호를 스캔하세요. 택배사를 바꾸려면 COURIER:&lt;코드&gt; (예: COURIER:HANJIN), 송장을 재출력하려면 REPRINT를 스캔하세요.</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <source>Scan the waybill on the box: it must be {number}.</source>
        <translation>박스의 운송장을 스캔하세요. 운송장번호는 {number}이어야 합니다.</translation>
    </message>
    <message>
        <source>Scan the barcode on the {courier} waybill.</source>
        <translation>{courier} 운송장의 바코드를 스캔하세요.</translation>
    </message>
    <message>
        <source>Choose the courier, then scan its waybill.</source>
        <translation>택배사를 고른 뒤 운송장을 스캔하세요.</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>No installed font shows Korean and Chinese text. Install fonts-wqy-microhei (Debian/Ubuntu: sudo apt install fonts-wqy-microhei), then start fulfil-desk again.</source>
        <translation>한국어와 중국어를 표시할 글꼴이 설치되어 있지 않습니다. fonts-wqy-microhei를 설치한 뒤(Debian/Ubuntu: sudo apt install fonts-wqy-microhei) fulfil-desk를 다시 시작하세요.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>주문 확인</translation>
    </message>
    <message>
        <source>Press Enter to verify. Scan HOLD:&lt;reason&gt; to hold it, CANCEL:&lt;reason&gt; to cancel it, BACK for the queue.</source>
        <translation>Enter를 누르면 주문을 확인합니다. 보류하려면 HOLD:&lt;사유&gt;, 취소하려면 CANCEL:&lt;사유&gt;, 출고 대기로 가려면 BACK을 스캔하세요.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>상품명</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>현재고</translation>
    </message>
    <message>
        <source>Verify (Enter)</source>
        <translation>주문 확인 (Enter)</translation>
    </message>
    <message>
        <source>{reason} ({by} cancels)</source>
        <translation>{reason} ({by} 취소)</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>주문 취소</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>PCCC…</source>
        <translation>개인통관고유부호…</translation>
    </message>
    <message>
        <source>The recipient&apos;s personal customs clearance code</source>
        <translation>수취인의 개인통관고유부호</translation>
    </message>
    <message>
        <source>Personal customs clearance code</source>
        <translation>개인통관고유부호</translation>
    </message>
    <message>
        <source>The recipient&apos;s PCCC (P and 12 digits):</source>
        <translation>수취인의 개인통관고유부호(P와 숫자 12자리):</translation>
    </message>
    <message>
        <source>On hold ({reason}). </source>
        <translation>보류 ({reason}). </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>문제가 없습니다.</translation>
    </message>
</context>
<context>
    <name>WaybillsDialog</name>
    <message>
        <source>Waybill numbers</source>
        <translation>운송장번호 대역</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>대역 등록</translation>
    </message>
    <message>
        <source>A band is the run of waybill numbers a courier handed the shop: give its first and last number as printed, check digit included. Each label then takes the next number of its courier&apos;s band.</source>
        <translation>대역은 택배사에서 받은 연속된 운송장번호입니다. 첫 번호와 마지막 번호를 인쇄된 그대로(검증번호 포함) 입력하세요. 송장마다 해당 택배사 대역의 다음 번호가 부여됩니다.</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>첫 번호</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>마지막 번호</translation>
    </message>
    <message>
        <source>From</source>
        <translation>첫 번호</translation>
    </message>
    <message>
        <source>To</source>
        <translation>마지막 번호</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>폐기</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>남음</translation>
    </message>
    <message>
        <source>Check digits</source>
        <translation>검증번호</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>확인 안 함</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>확인함</translation>
    </message>
</context>
<context>
    <name>WaybillsMenu</name>
    <message>
        <source>&amp;Waybill numbers…</source>
        <translation>운송장번호 대역(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Orders</source>
        <translation>주문(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>주문 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export tracking…</source>
        <translation>운송장번호 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Returns</source>
        <translation>반품(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Handover to the driver</source>
        <translation>기사님께 인수인계(&amp;H)</translation>
    </message>
    <message>
        <source>Back to &amp;queue</source>
        <translation>출고 대기로 돌아가기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>프린터(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>재고(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Goods in</source>
        <translation>입고(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Cycle count</source>
        <translation>재고실사(&amp;C)</translation>
    </message>
    <message>
        <source>Stock &amp;levels…</source>
        <translation>재고 현황(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Export shippable…</source>
        <translation>가용재고 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>달력(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Non-shipping days…</source>
        <translation>휴무일(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger type</source>
        <translation>글자 크게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller type</source>
        <translation>글자 작게(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>기본 크기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;This page…</source>
        <translation>이 화면(&amp;T)…</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>시스템 기본 프린터</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>fulfil-desk may not write there</source>
        <translation>쓰기 권한이 없습니다</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>폴더가 없습니다</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>디스크가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
</context>
<context>
    <name>ZplMenu</name>
    <message>
        <source>Labels sent to {name}:</source>
        <translation>{name}(으)로 보내는 송장:</translation>
    </message>
    <message>
        <source>No printer is set up</source>
        <translation>설정된 프린터가 없습니다</translation>
    </message>
    <message>
        <source>PDF (any printer)</source>
        <translation>PDF(모든 프린터)</translation>
    </message>
    <message>
        <source>ZPL, thermal printer at 203 dpi (raw queue)</source>
        <translation>ZPL, 203dpi 감열 프린터(raw 대기열)</translation>
    </message>
    <message>
        <source>ZPL, thermal printer at 300 dpi (raw queue)</source>
        <translation>ZPL, 300dpi 감열 프린터(raw 대기열)</translation>
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
        <translation>fulfil-desk 내부에서 오류가 발생했습니다. 스캔한 내용은 저장되었습니다. {log} 파일을 고객 지원팀에 보내 주세요.

{error}</translation>
    </message>
</context>
</TS>
