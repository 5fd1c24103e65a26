"""Simplified Chinese: what the safekeeping domain says (the English is en_safekeeping.py)."""

WORDS: dict[str, str | tuple[str, str]] = {
    # Backups and restore (core/safekeeping/backups.py); {why} is a refusal of the storage
    # (storage.cannot_write_backup, …), {steps} the schema steps by name.
    "backup.done": "已备份到 {path}。",
    "backup.before_upgrade_failed": (
        "此版本的 fulfil-desk 需要更新数据库结构（{steps}），更新前须先备份，但无法备份："
        "{why}请释放磁盘空间或选择其他备份文件夹（设置 backup_dir），然后重新打开。"
    ),
    "backup.target_is_a_folder": "{path} 是文件夹；请为备份指定文件名。",
    "backup.target_is_the_database": "备份不能覆盖数据库本身；请选择其他文件。",
    "backup.daily_failed": "每日备份失败：{why}",
    "backup.damaged": "{path} 已损坏（完整性检查：{integrity}）；请选择其他备份。",
    "backup.not_fulfil_desk": "{path} 不是 fulfil-desk 数据库。",
    "backup.from_a_newer_version": (
        "{path} 由更新版本的 fulfil-desk 写入（其数据库结构包含 {steps}，"
        "此版本最高只支持到 {latest}）；请先更新 fulfil-desk，再恢复此备份。"
    ),
    "backup.source_is_the_database": "这是数据库本身；请选择一个备份。",
    "backup.database_in_use": (
        "另一个程序正在使用 {file}（进程 {processes}）：请先关闭其他工作台上的 fulfil-desk，"
        "再进行恢复。未做任何更改。"
    ),
    "backup.restored": "已恢复 {file}（{n} 个订单）；恢复前的数据库已另存为 {saved_as}。",
    # The purge of old personal data (core/safekeeping/purge.py); {before} is the shop's day.
    "purge.would_erase": (
        "将清除 {before} 之前已发货或已取消的 {n} 个订单的个人信息（试运行：未做任何更改）。"
    ),
    "purge.erased": "已清除 {before} 之前已发货或已取消的 {n} 个订单的个人信息。",
    "purge.not_compacted": (
        "另一个工作台阻止了文件压缩，已清除的数据可能仍残留在文件的空闲空间中；"
        "请在其他工作台关闭后再次运行清除。"
    ),
    "purge.days_from_to": "清除期限必须是 {least} 至 {most} 之间的整数天数，例如 90。",
    "purge.which_orders": (
        "请指定要清除哪些订单：--older-than DAYS，或设置 purge_after_days"
        "（例如 `fulfil-desk settings purge_after_days 90`）。"
    ),
    "purge.on_open_failed": "清除旧个人信息失败：{why}",
    "move.done": (
        "店铺现已在 {target}：已复制 {tables} 个表共 {n} 行，并逐表与 {source} 核对。"
        "请从现在起用 --db {target} 打开（每个工作台的 FULFIL_DESK_DB）；{source} 保持原样。"
    ),
    "move.roles_done": (
        "已在数据库 {database} 中设置角色 {owner} 和 {station}：请先以 {owner} 打开店铺一次"
        "（建立数据库结构），再让工作台以 {station} 连接。"
    ),
    "move.bad_name": "{name} 不能用作数据库或角色名：请只用字母、数字和 _（最多 63 个）。",
}
