"""Simplified Chinese: what the storage domain says (the English is en_storage.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    # Opening the database (core/storage/db.py); {error} is SQLite's or the system's words.
    "storage.busy": "其他工作台正在保存；请重新扫描。",
    "storage.read_only": (
        "数据库 {path} 为只读（该文件或其所在文件夹无法写入），而 fulfil-desk 会即时保存每次扫描："
        "请将其复制到可写入的文件夹并打开副本，或使用 `fulfil-desk restore {path}` "
        "将其恢复到您的数据库中。"
    ),
    "storage.cannot_open": "无法打开数据库 {path}：{error}。",
    "storage.cannot_create": "无法创建数据库 {path}：{error}。",
    # Why a file could not be written or read (core/storage/copies/backup.py, `why`): the end of a
    # sentence, the {why} of the refusals below.
    "storage.disk_full": "磁盘已满",
    "storage.disk_read_only": "磁盘为只读",
    "storage.may_not_write": "fulfil-desk 无法写入该位置（只读或没有权限）",
    "storage.cannot_open_file": "无法在该位置打开或创建文件",
    "storage.not_a_database": "该文件不是 SQLite 数据库，或已损坏",
    # Backups and restores, written and read
    "storage.cannot_write_backup": "无法写入备份 {path}：{why}。数据库未更改，之前的备份均已保留。",
    "storage.no_file": "文件 {path} 不存在。",
    "storage.cannot_read": "无法读取 {path}：{why}。",
    "storage.cannot_read_to_restore": "无法读取 {path}：{why}。未恢复任何内容。",
    "storage.cannot_restore": "无法恢复 {path}：{why}。数据库保持原样。",
    "storage.server_gone": (
        "无法连接数据库服务器 {url}：本次扫描未保存。服务器恢复前不接受扫描；恢复后会自动重新连接。"
    ),
    "storage.server_gone_while_saving": (
        "保存本次扫描时与数据库服务器 {url} 的连接断开：不确定是否已保存。请不要重复扫描；"
        "服务器恢复后，下一次扫描会告诉您是否已保存。"
    ),
    "storage.server_gone_after_saving": (
        "本次扫描已保存部分内容后，与数据库服务器 {url} 的连接断开。请不要重复扫描；"
        "服务器恢复后，下一次扫描会显示订单当前的状态。"
    ),
    "storage.move_target_not_empty": (
        "{target} 不是空的（{tables} 中有数据）：店铺只能迁移到空数据库。未复制任何内容。"
    ),
    "storage.move_schema_differs": (
        "目标的 {table} 表没有 {columns} 列：两个数据库的 fulfil-desk 版本必须"
        "相同。未复制任何内容。"
    ),
    "storage.move_same": "店铺不能迁移到它自己（{target}）。",
    "storage.move_check_failed": (
        "{target} 中的副本与原店铺不一致（{tables}）：未复制任何内容，原店铺未改变。"
    ),
}
