"""Korean: what the safekeeping domain says (the English is en_safekeeping.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    # Backups and restore (core/safekeeping/backups.py); {why} is a refusal of the storage
    # (storage.cannot_write_backup, …), {steps} the schema steps by name.
    "backup.done": "{path}에 백업했습니다.",
    "backup.before_upgrade_failed": (
        "이 fulfil-desk는 데이터베이스 스키마를 업데이트해야 해서({steps}) 먼저 백업하는데, "
        "백업할 수 없습니다: {why} 저장 공간을 확보하거나 다른 백업 폴더(설정 backup_dir)를 "
        "선택한 뒤 다시 여세요."
    ),
    "backup.target_is_a_folder": "{path}은(는) 폴더입니다. 백업 파일 이름을 지정하세요.",
    "backup.target_is_the_database": (
        "백업으로 데이터베이스 자체를 덮어쓸 수 없습니다. 다른 파일을 선택하세요."
    ),
    "backup.daily_failed": "일일 백업에 실패했습니다: {why}",
    "backup.damaged": (
        "{path}이(가) 손상되었습니다 (무결성 검사: {integrity}). 다른 백업을 선택하세요."
    ),
    "backup.not_fulfil_desk": "{path}은(는) fulfil-desk 데이터베이스가 아닙니다.",
    "backup.from_a_newer_version": (
        "{path}은(는) 더 새로운 fulfil-desk에서 만든 파일입니다 (스키마: {steps}, 이 버전은 "
        "{latest}까지만 압니다). 복원하기 전에 fulfil-desk를 업데이트하세요."
    ),
    "backup.source_is_the_database": "현재 데이터베이스 자체입니다. 백업 파일을 선택하세요.",
    "backup.database_in_use": (
        "다른 프로그램이 {file}을(를) 열고 있습니다 (프로세스 {processes}). 먼저 다른 작업대의 "
        "fulfil-desk를 닫은 뒤 복원하세요. 바뀐 것은 없습니다."
    ),
    "backup.restored": (
        "{file}(주문 {n}건)을(를) 복원했습니다. 복원 전 데이터베이스는 {saved_as}에 저장했습니다."
    ),
    # The purge of old personal data (core/safekeeping/purge.py); {before} is the shop's day.
    "purge.would_erase": (
        "{before} 이전에 출고 또는 취소된 주문 {n}건의 개인정보가 삭제됩니다 "
        "(시험 실행: 바뀐 것 없음)."
    ),
    "purge.erased": "{before} 이전에 출고 또는 취소된 주문 {n}건의 개인정보를 삭제했습니다.",
    "purge.not_compacted": (
        "다른 작업대가 파일을 쓰고 있어 파일을 압축하지 못했습니다. 삭제한 값이 파일의 빈 "
        "공간에 남아 있을 수 있으니, 다른 작업대를 닫은 뒤 삭제를 다시 실행하세요."
    ),
    "purge.days_from_to": (
        "개인정보 삭제 기간은 {least}~{most}일 사이의 정수로 입력하세요 (예: 90)."
    ),
    "purge.which_orders": (
        "대상 주문을 지정하세요: --older-than DAYS, 또는 purge_after_days 설정 "
        "(예: `fulfil-desk settings purge_after_days 90`)."
    ),
    "purge.on_open_failed": "오래된 개인정보 삭제에 실패했습니다: {why}",
    "move.done": (
        "이제 상점이 {target}에 있습니다. {tables}개 테이블, {n}개 행을 옮기고 테이블마다 "
        "{source}와(과) 대조했습니다. 앞으로는 --db {target}(모든 작업대의 FULFIL_DESK_DB)으로 "
        "여세요. {source}은(는) 그대로 두었습니다."
    ),
    "move.roles_done": (
        "데이터베이스 {database}에 역할 {owner}와(과) {station}을(를) 설정했습니다. 먼저 "
        "{owner}(으)로 상점을 한 번 열어 스키마를 만든 다음, 작업대를 {station}(으)로 "
        "접속하게 하세요."
    ),
    "move.bad_name": (
        "{name}은(는) 데이터베이스나 역할 이름으로 쓸 수 없습니다. 영문자, 숫자, _만 "
        "사용하세요(최대 63자)."
    ),
}
