"""Korean: what the documents domain says (labels, packing slips, pick lists, fonts) (the
English is en_documents.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    # the printed words of a shipping label and a packing slip
    "document.shipping_labels_title": "송장",
    "document.packing_slips_title": "배송 전표",
    "document.from": "보내는 분",
    "document.ship_to": "받는 분",
    "document.phone": "전화 {phone}",
    "document.order": "주문번호",
    "document.ordered": "주문일 {day}",
    "document.ship_by": "출고예정일 {day}",
    "document.tracking": "운송장번호",
    "document.no_tracking": "운송장번호 없음",
    "document.units": "수량",
    "document.weight": "무게",
    "document.box": "박스",
    "document.packing_slip": "배송 전표",
    "document.qty": "수량",
    "document.sku": "SKU",
    "document.item": "상품명",
    "document.total_units": "총 수량: {units}",
    "document.page": "{page} / {pages}쪽",
    # the printed words of a pick list
    "document.pick_list_title": "피킹리스트 {number}",
    "document.bin": "로케이션",
    "document.picked": "피킹",
    "document.done": "확인",
    "document.orders": "주문번호",
    "document.barcode": "바코드",
    "document.created": "작성 {at}",
    "document.pick_summary": "SKU {skus}개, 수량 {units}개",
    "document.more_orders": "외 {count}건",
    # why an order cannot get a label, and the batch that leaves it out
    "document.no_label_cancelled": "취소됨",
    "document.no_label_not_packed": "아직 포장 전: {status}",
    "document.no_label_address": "주소 누락: {missing}",
    "document.no_label_open_elsewhere": "작업대 {station}에서 작업 중",
    "document.left_out_order": "{order} ({why})",
    "document.left_out_list": "{first}; {then}",
    "document.left_out_one": "주문 {order}: 송장을 만들 수 없습니다.",
    "document.left_out_many": "주문 {asked}건 중 {left}건은 송장을 만들 수 없습니다: {orders}.",
    "document.no_label_made": "{left_out} 송장을 만들지 않았습니다.",
    "document.nothing_to_label": "송장을 기다리는 주문이 없습니다.",
    "document.labels_done": "송장 {n}장 완료: {how}.",
    # fonts
    "document.font_missing": (
        "'{sample}' 같은 한국어·중국어 글자를 출력할 수 있는 글꼴이 설치되어 있지 않습니다. "
        "fonts-wqy-microhei 패키지를 설치하거나(Debian/Ubuntu) TrueType CJK 글꼴"
        "(.ttf/.ttc)을 {folder}에 넣으세요."
    ),
}
