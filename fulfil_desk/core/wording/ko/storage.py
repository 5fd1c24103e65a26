"""Korean: what the storage domain says (the English is en_storage.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    # Opening the database (core/storage/db.py); {error} is SQLite's or the system's words.
    "storage.busy": "다른 작업대에서 저장 중입니다. 다시 스캔하세요.",
    "storage.read_only": (
        "데이터베이스 {path}은(는) 읽기 전용입니다 (파일이나 폴더에 쓸 수 없음). fulfil-desk는 "
        "스캔할 때마다 바로 저장합니다. 쓰기 가능한 폴더에 복사해 그 사본을 열거나, "
        "`fulfil-desk restore {path}`로 사용 중인 데이터베이스에 복원하세요."
    ),
    "storage.cannot_open": "데이터베이스 {path}을(를) 열 수 없습니다: {error}.",
    "storage.cannot_create": "데이터베이스 {path}을(를) 만들 수 없습니다: {error}.",
    # Why a file could not be written or read (core/storage/copies/backup.py, `why`): the end of a
    # sentence, the {why} of the refusals below ("…: {why}.").
    "storage.disk_full": "디스크가 가득 찼습니다",
    "storage.disk_read_only": "디스크가 읽기 전용입니다",
    "storage.may_not_write": "fulfil-desk가 그 위치에 쓸 수 없습니다 (읽기 전용 또는 권한 없음)",
    "storage.cannot_open_file": "그 위치에서 파일을 열거나 만들 수 없습니다",
    "storage.not_a_database": "SQLite 데이터베이스가 아니거나 손상되었습니다",
    # Backups and restores, written and read
    "storage.cannot_write_backup": (
        "백업 {path}을(를) 쓸 수 없습니다: {why}. 데이터베이스는 바뀌지 않았고 이전 백업도 "
        "그대로 있습니다."
    ),
    "storage.no_file": "{path} 파일이 없습니다.",
    "storage.cannot_read": "{path}을(를) 읽을 수 없습니다: {why}.",
    "storage.cannot_read_to_restore": "{path}을(를) 읽을 수 없습니다: {why}. 복원하지 않았습니다.",
    "storage.cannot_restore": (
        "{path}을(를) 복원할 수 없습니다: {why}. 데이터베이스는 그대로입니다."
    ),
    "storage.server_gone": (
        "데이터베이스 서버 {url}에 연결할 수 없습니다. 이 스캔은 저장하지 않았"
        "습니다. 서버가 돌아올 때까지 스캔을 받지 않으며, 서버가 돌아오면 자동"
        "으로 다시 연결합니다."
    ),
    "storage.server_gone_while_saving": (
        "이 스캔을 저장하는 중에 데이터베이스 서버 {url}의 연결이 끊겼습니다. 저장되었"
        "는지 알 수 없습니다. 다시 스캔하지 마세요. 서버가 돌아오면 다음 스캔에서 저장 "
        "여부를 알려 드립니다."
    ),
    "storage.server_gone_after_saving": (
        "이 스캔의 일부를 저장한 뒤 데이터베이스 서버 {url}의 연결이 끊겼습니다. 다시 "
        "스캔하지 마세요. 서버가 돌아오면 다음 스캔에서 주문의 현재 상태를 보여 드립니다."
    ),
    "storage.move_target_not_empty": (
        "{target}이(가) 비어 있지 않습니다({tables}에 행이 있음). 상점은 빈 "
        "데이터베이스로만 옮길 수 있습니다. 아무것도 복사하지 않았습니다."
    ),
    "storage.move_schema_differs": (
        "대상의 {table} 테이블에 {columns} 열이 없습니다. 두 데이터베이스의 fulfil-desk"
        " 버전이 같아야 합니다. 아무것도 복사하지 않았습니다."
    ),
    "storage.move_same": "상점을 같은 데이터베이스({target})로 옮길 수 없습니다.",
    "storage.move_check_failed": (
        "{target}의 사본이 원본과 다릅니다({tables}). 아무것도 복사하지 않았으며 원본 "
        "상점은 그대로입니다."
    ),
}
