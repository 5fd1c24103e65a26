"""Chinese: a PostgreSQL server that refused the connection (the English is
en/storage_pg.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    "storage.pg.password_wrong": (
        "服务器 {url} 拒绝了角色 {role} 的密码（或没有该角色）。请检查密码文件（~/.pgpass）、"
        "服务文件或 URL 中的密码。"
    ),
    "storage.pg.password_missing": (
        "服务器 {url} 要求角色 {role} 提供密码，但未提供密码。请将密码写入密码文件"
        "（~/.pgpass，或 PGPASSFILE 指定的文件）。"
    ),
    "storage.pg.role_unknown": "服务器 {url} 上没有角色 {role}。",
    "storage.pg.database_unknown": (
        "服务器 {url} 上没有数据库 {database}。请检查 URL 中的数据库名称。"
    ),
    "storage.pg.unreachable": (
        "{server} 上没有 PostgreSQL 服务器响应（{url}）。请检查主机、端口或套接字文件夹，"
        "并确认服务器正在运行。"
    ),
    "storage.pg.host_unknown": "本机找不到服务器 {host}（{url}）。请检查 URL 中的主机名。",
    "storage.pg.tls_required": (
        "服务器 {url} 只允许角色 {role} 通过 TLS 连接。请在 URL 中加上 sslmode=require"
        "（或 verify-full）。"
    ),
    "storage.pg.tls_not_offered": (
        "服务器 {url} 不提供 TLS，而 URL 的 sslmode 要求 TLS。请在服务器上开启 ssl，"
        "或更改 sslmode。"
    ),
    "storage.pg.tls_untrusted": (
        "服务器 {url} 出示的证书不受本机信任。请检查 sslrootcert 和服务器的主机名。"
    ),
    "storage.pg.not_allowed": (
        "服务器 {url} 不允许角色 {role} 从本机连接数据库 {database}"
        "（其 pg_hba.conf 中没有允许的条目）。"
    ),
    "storage.pg.too_many": (
        "服务器 {url} 已没有空闲连接（连接过多）。请关闭不用的工作站，"
        "或调高 max_connections 或该角色的连接数上限。"
    ),
    "storage.pg.server_not_ready": "服务器 {url} 正在启动或关闭。请稍后再试。",
    "storage.pg.service_unknown": (
        "服务文件（~/.pg_service.conf，或 PGSERVICEFILE 指定的文件）中没有服务 {service}（{url}）。"
    ),
    "storage.pg.bad_url": "无法读取数据库 URL {url}：{reason}。",
    "storage.pg.refused": "服务器 {url} 拒绝了连接：{reason}。",
    "storage.pg.setup_not_allowed": (
        "{url} 上的角色 {role} 无权设置角色：请以服务器的超级用户（postgres）运行。"
    ),
    "storage.pg.migrations_need_owner": (
        "{url} 上的店铺需要更新数据库结构（{steps}），角色 {role} 无权这样做：请先以店铺的所有者"
        "（拥有该数据库的角色）打开一次，再在这里重新打开。"
    ),
    "storage.pg.schema_needs_owner": (
        "{url} 上的店铺还没有表，角色 {role} 无权建表：请先以店铺的所有者"
        "（拥有该数据库的角色）打开一次，再在这里重新打开。"
    ),
}
