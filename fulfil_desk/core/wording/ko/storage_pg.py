"""Korean: a PostgreSQL server that refused the connection (the English is
en/storage_pg.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    "storage.pg.password_wrong": (
        "{url} 서버가 역할 {role}의 비밀번호를 거부했습니다(또는 그런 역할이 없습니다). "
        "비밀번호 파일(~/.pgpass), 서비스 파일 또는 URL의 비밀번호를 확인하세요."
    ),
    "storage.pg.password_missing": (
        "{url} 서버가 역할 {role}의 비밀번호를 요구하는데 비밀번호가 없습니다. 비밀번호 파일"
        "(~/.pgpass 또는 PGPASSFILE이 가리키는 파일)에 넣으세요."
    ),
    "storage.pg.role_unknown": "{url} 서버에 역할 {role}이(가) 없습니다.",
    "storage.pg.database_unknown": (
        "{url} 서버에 데이터베이스 {database}이(가) 없습니다. URL의 데이터베이스 이름을 확인하세요."
    ),
    "storage.pg.unreachable": (
        "{server}에서 응답하는 PostgreSQL 서버가 없습니다({url}). 호스트, 포트 또는 소켓 "
        "폴더와 서버가 실행 중인지 확인하세요."
    ),
    "storage.pg.host_unknown": (
        "이 PC에서 서버 {host}을(를) 찾을 수 없습니다({url}). URL의 호스트 이름을 확인하세요."
    ),
    "storage.pg.tls_required": (
        "{url} 서버는 역할 {role}의 TLS 연결만 허용합니다. URL에 sslmode=require(또는 "
        "verify-full)를 추가하세요."
    ),
    "storage.pg.tls_not_offered": (
        "{url} 서버가 TLS를 제공하지 않는데 URL의 sslmode가 TLS를 요구합니다. 서버에서 ssl을 "
        "켜거나 sslmode를 바꾸세요."
    ),
    "storage.pg.tls_untrusted": (
        "{url} 서버가 이 PC가 신뢰하지 않는 인증서를 보냈습니다. sslrootcert와 서버의 호스트 "
        "이름을 확인하세요."
    ),
    "storage.pg.not_allowed": (
        "{url} 서버가 이 PC에서 역할 {role}의 데이터베이스 {database} 접속을 허용하지 "
        "않습니다(pg_hba.conf에 허용하는 줄이 없습니다)."
    ),
    "storage.pg.too_many": (
        "{url} 서버에 남은 연결이 없습니다(연결이 너무 많습니다). 쓰지 않는 스테이션을 닫거나 "
        "max_connections 또는 역할의 연결 제한을 늘리세요."
    ),
    "storage.pg.server_not_ready": (
        "{url} 서버가 시작 중이거나 종료 중입니다. 잠시 후 다시 시도하세요."
    ),
    "storage.pg.service_unknown": (
        "서비스 파일(~/.pg_service.conf 또는 PGSERVICEFILE이 가리키는 파일)에 서비스 "
        "{service}이(가) 없습니다({url})."
    ),
    "storage.pg.bad_url": "데이터베이스 URL {url}을(를) 읽을 수 없습니다: {reason}.",
    "storage.pg.refused": "{url} 서버가 연결을 거부했습니다: {reason}.",
    "storage.pg.setup_not_allowed": (
        "{url}의 역할 {role}은(는) 역할을 설정할 수 없습니다. 서버의 슈퍼유저(postgres)로 "
        "실행하세요."
    ),
    "storage.pg.migrations_need_owner": (
        "{url}의 상점은 스키마를 갱신해야 하는데({steps}) 역할 {role}은(는) 그럴 수 "
        "없습니다. 상점 소유자(데이터베이스를 소유한 역할)로 한 번 연 다음 여기서 다시 여세요."
    ),
    "storage.pg.schema_needs_owner": (
        "{url}의 상점에 아직 테이블이 없는데 역할 {role}은(는) 테이블을 만들 수 없습니다. "
        "상점 소유자(데이터베이스를 소유한 역할)로 한 번 연 다음 여기서 다시 여세요."
    ),
}
