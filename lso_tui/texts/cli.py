"""The catalogue's entries for the CLI's human-readable output: summary, edit log, restore, undo."""

from __future__ import annotations

CLI: dict[str, tuple[str, str]] = {
    "sum.head": ("lso-tui — {path}{ro} — tính đến {as_of} — {n} bài báo", "lso-tui — {path}{ro} — as of {as_of} — {n} document(s)"),
    "sum.read_only": (" [chỉ đọc]", " [read-only]"),
    "sum.target": ("Mục tiêu {scope}: {done}/{total} = {share} hướng tới {needed}/{total} = {target} trước {deadline} — cần thêm {remaining} đơn vị, còn {months} tháng{pace} — {state}", "Target {scope}: {done}/{total} = {share} toward {needed}/{total} = {target} by {deadline} — {remaining} more needed, {months} months left{pace} — {state}"),
    "sum.pace": (", cần {pace} đơn vị/tháng", ", {pace} units/month needed"),
    "sum.state.reached": ("đã đạt", "reached"),
    "sum.state.on_track": ("đúng tiến độ", "on track"),
    "sum.state.behind": ("chậm tiến độ", "behind"),
    "sum.state.overdue": ("quá hạn", "overdue"),
    "sum.state.no_units": ("chưa có dữ liệu", "no units"),
    "sum.disagreement": ("Khác danh mục {name}: {total} đơn vị theo {outlet} ngày {published} (tính đến {article_date}), {listed} theo danh mục hành chính (từ {register_date}) — đang dùng số {in_force}", "Disagreement {name}: {total} units in {outlet} of {published} (as of {article_date}), {listed} in the register (from {register_date}) — {in_force} figure in force"),
    "sum.in_force.article": ("của bài báo", "article"),
    "sum.in_force.register": ("của danh mục", "register"),
    "sum.in_force.other": ("của một bài báo khác", "other"),
    "sum.units": ("Đơn vị: {in_store} có trong kho ({total} trong các vùng của danh mục): {done} đã nhất thể hóa, {not_done} chưa (hoặc muộn hơn), {no_data} chưa có nguồn nào nói đến", "Units: {in_store} in the store ({total} in the register's regions): {done} consolidated, {not_done} not (or later), {no_data} that no source speaks of"),
    "sum.unit": ("  {code} {type} {name}: {state}, từ {since} → {successor}", "  {code} {type} {name}: {state}, since {since} → {successor}"),
    "sum.both": (" — kiêm hai chức", " — both posts"),
    "cli.undone": ("đã hoàn tác: sửa đổi {id} ({kind} {record} {field})", "undone: edit {id} ({kind} {record} {field})"),
    "cli.restored": ("đã khôi phục {path} từ {used}; tệp không đọc được được giữ lại là {aside}", "restored {path} from {used}; the unreadable file is kept as {aside}"),
}
