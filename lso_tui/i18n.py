"""The message catalogue: every UI string, Vietnamese first, English on request, and number/date formats."""

from __future__ import annotations

from dataclasses import dataclass

LANGS = ("vi", "en")

# key: (Vietnamese, English)
MESSAGES: dict[str, tuple[str, str]] = {
    "app.title": ("Theo dõi nhất thể hóa", "Consolidation tracker"),
    "app.as_of": ("tính đến {date}", "as of {date}"),
    "app.read_only": ("CHỈ ĐỌC", "READ-ONLY"),
    "app.opening": ("Đang mở kho dữ liệu…", "Opening the store…"),
    "app.built": (
        "Đã dựng kho dữ liệu mới từ bài báo kèm theo",
        "Built a new store from the shipped article",
    ),
    "pane.units": ("Đơn vị", "Units"),
    "pane.officials": ("Cán bộ", "Officials"),
    "pane.targets": ("Mục tiêu", "Targets"),
    "pane.timeline": ("Dòng thời gian", "Timeline"),
    "pane.regions": ("Theo vùng", "By region"),
    "pane.documents": ("Nguồn", "Sources"),
    "col.title": ("Tiêu đề", "Title"),
    "col.facts": ("Dữ kiện", "Facts"),
    "col.author": ("Tác giả", "Author"),
    "detail.document": ("Nguồn: {title} ({where})", "Source: {title} ({where})"),
    "detail.supports": ("Dữ kiện từ bài này", "Records this article supports"),
    "region.country": ("Cả nước", "Whole country"),
    "region.hint": ("Enter: xem cấp dưới · Bksp: lên một cấp", "Enter: go down · Bksp: go up"),
    "col.district": ("Huyện", "District"),
    "col.province": ("Tỉnh", "Province"),
    "col.units": ("Số đơn vị", "Units"),
    "col.in_store": ("Có trong kho", "In the store"),
    "col.done": ("Đã nhất thể", "Done"),
    "col.not_done": ("Chưa", "Not yet"),
    "col.no_data": ("Chưa rõ", "No data"),
    "col.share": ("Tỷ lệ", "Share"),
    "col.target": ("Mục tiêu", "Target"),
    "col.stated": ("Bài báo nêu", "Articles say"),
    "fig.no_region": ("(một nhóm đơn vị)", "(a group of units)"),
    "fig.total": ("{n} đơn vị", "{n} units"),
    "fig.in_force": ("Số đơn vị dùng cho {date}", "Units counted for {date}"),
    "fig.register": ("Danh mục hành chính (từ {date})", "National register (from {date})"),
    "fig.article": ("Bài báo nêu", "An article says"),
    "fig.used": ("đang dùng", "in force"),
    "fig.differs": ("khác danh mục: {n}", "register says {n}"),
    "fig.disagreement": ("Khác danh mục: {name}", "Differs from the register: {name}"),
    "fig.versus": (
        "bài báo {article} đơn vị ({date}) — danh mục {register} (từ {since})",
        "article {article} units ({date}) — register {register} (from {since})",
    ),
    "fig.total_from": ("Tổng số theo bài báo", "Total from an article"),
    "fig.total_versus": ("{n} (danh mục hiện có {register})", "{n} (the register now lists {register})"),
    "fig.done_from": ("Số đã thực hiện theo bài báo", "Done from an article"),
    "fig.done_versus": (
        "{n} (hồ sơ đơn vị mới ghi tên {named})",
        "{n} (the unit records name {named})",
    ),
    "col.name": ("Tên", "Name"),
    "col.type": ("Loại", "Type"),
    "col.since": ("Nhất thể hóa từ", "Consolidated since"),
    "col.secretary": ("Bí thư", "Secretary"),
    "col.chairman": ("Chủ tịch UBND", "Chairman"),
    "col.households": ("Số hộ", "Households"),
    "col.population": ("Nhân khẩu", "Residents"),
    "col.party_members": ("Đảng viên", "Party members"),
    "col.successor": ("Sau sáp nhập 2025", "Successor (2025)"),
    "col.code": ("Mã", "Code"),
    "col.titles": ("Chức danh", "Titles"),
    "col.unit": ("Đơn vị", "Unit"),
    "col.both": ("Kiêm 2 chức", "Both posts"),
    "col.qualifications": ("Trình độ, kinh nghiệm", "Qualifications"),
    "col.scope": ("Phạm vi", "Scope"),
    "col.threshold": ("Chỉ tiêu", "Threshold"),
    "col.deadline": ("Thời hạn", "Deadline"),
    "col.basis": ("Căn cứ", "Basis"),
    "col.stated_by": ("Người nêu", "Stated by"),
    "col.progress": ("Tiến độ", "Progress"),
    "col.state": ("Đánh giá", "State"),
    "col.date": ("Ngày", "Date"),
    "col.event": ("Sự kiện", "Event"),
    "col.source": ("Nguồn", "Source"),
    "val.yes": ("có", "yes"),
    "val.no": ("không", "no"),
    "val.unknown": ("—", "—"),
    "val.no_source": ("chưa có nguồn", "no source"),
    "val.not_done": ("chưa", "not yet"),
    "val.done": ("đã nhất thể hóa", "consolidated"),
    "part.early": ("đầu", "early"),
    "part.mid": ("giữa", "mid"),
    "part.late": ("cuối", "late"),
    "qual.more_than": ("hơn", "more than"),
    "qual.over": ("trên", "over"),
    "qual.nearly": ("gần", "nearly"),
    "qual.about": ("khoảng", "about"),
    "qual.under": ("dưới", "under"),
    "deg.master": ("thạc sĩ", "master's degree"),
    "deg.doctorate": ("tiến sĩ", "doctorate"),
    "deg.bachelor": ("cử nhân", "bachelor's degree"),
    "deg.engineer": ("kỹ sư", "engineer"),
    "qual.previous": ("nguyên {post}", "formerly {post}"),
    "type.xã": ("xã", "commune"),
    "type.phường": ("phường", "ward"),
    "type.thị trấn": ("thị trấn", "township"),
    "state.reached": ("ĐÃ ĐẠT", "REACHED"),
    "state.on_track": ("ĐÚNG TIẾN ĐỘ", "ON TRACK"),
    "state.behind": ("CHẬM TIẾN ĐỘ", "BEHIND"),
    "state.overdue": ("QUÁ HẠN", "OVERDUE"),
    "state.no_units": ("CHƯA CÓ DỮ LIỆU", "NO DATA"),
    "progress.line": (
        "{done}/{total} = {share} → mục tiêu {needed}/{total} = {target} trước {deadline}",
        "{done}/{total} = {share} → target {needed}/{total} = {target} by {deadline}",
    ),
    "progress.more": ("cần thêm {n} đơn vị", "{n} more units needed"),
    "progress.left": ("còn {n} tháng", "{n} months left"),
    "progress.pace": ("cần {pace} đơn vị/tháng", "{pace} units/month needed"),
    "ingest.skipped": (
        "= {name}: đã có trong kho ({id}); không thêm gì",
        "= {name}: already in the store ({id}); nothing to add",
    ),
    "ingest.added": (
        "+ bài {id}: {title} ({date}, {outlet}): {facts} dữ kiện",
        "+ document {id}: {title} ({date}, {outlet}): {facts} facts",
    ),
    "ingest.removed": ("- bài {id}", "- document {id}"),
    "ingest.unit": (
        "đơn vị {unit} ({district}): {old} → {new} — «{quote}»",
        "unit {unit} ({district}): {old} → {new} — «{quote}»",
    ),
    "ingest.state.new": ("mới", "new"),
    "ingest.state.yes": ("đã nhất thể hóa", "consolidated"),
    "ingest.state.no": ("chưa nhất thể hóa", "not consolidated"),
    "ingest.state.none": ("chưa có nguồn", "no source"),
    "ingest.units_added": (
        "thêm {n} đơn vị từ danh mục hành chính (huyện hoặc tỉnh của chúng mới có trong kho)",
        "{n} unit(s) added from the register (their districts or provinces are new to the store)",
    ),
    "ingest.new.officials": ("cán bộ mới {what} — «{quote}»", "new official {what} — «{quote}»"),
    "ingest.new.targets": ("mục tiêu mới {what} — «{quote}»", "new target {what} — «{quote}»"),
    "ingest.new.observations": (
        "số liệu mới {what}: {done}/{total} tính đến {as_of} — «{quote}»",
        "new observation {what}: {done}/{total} as of {as_of} — «{quote}»",
    ),
    "ingest.new.differs": (
        "số liệu mới {what}: {done}/{total} tính đến {as_of} (danh mục hành chính ghi {listed}: giữ cả hai, "
        "xem mục khác danh mục) — «{quote}»",
        "new observation {what}: {done}/{total} as of {as_of} (the register lists {listed}: both kept, "
        "see the disagreements) — «{quote}»",
    ),
    "ingest.gone": (
        "{kind} {id} không còn bài nào làm nguồn: bỏ",
        "{kind} {id} no longer supported by any article: removed",
    ),
    "ingest.kind.officials": ("cán bộ", "official"),
    "ingest.kind.targets": ("mục tiêu", "target"),
    "ingest.kind.observations": ("số liệu", "observation"),
    "progress.register": ("danh mục hiện có {n}", "the register now lists {n}"),
    "progress.done_stated": ("số đã làm theo bài báo {date}", "done as an article says ({date})"),
    "progress.none": ("Chưa có mục tiêu nào trong kho dữ liệu", "No target in the store yet"),
    "detail.title": ("Chi tiết", "Detail"),
    "detail.fields": ("Thông tin", "Fields"),
    "detail.links": ("Liên quan (Enter để mở)", "Related (Enter opens)"),
    "detail.register": ("danh mục hành chính quốc gia", "national register"),
    "detail.derived": ("tính từ các bản ghi", "derived from the records"),
    "detail.no_source": ("không có nguồn", "no source"),
    "detail.edited": ("sửa bởi {who}, {when}", "edited by {who}, {when}"),
    "detail.history": ("Lịch sử sửa", "Edit history"),
    "detail.source_said": ("{label} (theo nguồn)", "{label} (as the source said)"),
    "detail.statement": ("Phát biểu", "Statement"),
    "detail.figure": ("Số liệu", "Figure"),
    "detail.note": ("Ghi nhận", "Note"),
    "detail.units_counted": ("Đơn vị được tính", "Units counted"),
    "source.title": ("Văn bản nguồn", "Source text"),
    "source.fact": ("Dữ kiện {i}/{n}", "Fact {i}/{n}"),
    "help.title": ("Phím tắt — {view}", "Keys — {view}"),
    "help.close": ("Esc hoặc ? để đóng", "Esc or ? to close"),
    "filter.placeholder": ("Lọc (không cần dấu)…", "Filter (no diacritics needed)…"),
    "filter.count": ("{shown}/{total} dòng", "{shown}/{total} rows"),
    "filter.none": ("Không có dòng nào khớp", "No row matches"),
    "readonly.edit": (
        "Kho dữ liệu chỉ đọc: không thể sửa",
        "The store is read-only: editing is not possible",
    ),
    "palette.open": ("Mở", "Open"),
    "too_small": (
        "Cửa sổ quá nhỏ: cần ít nhất {w}×{h}, hiện có {cw}×{ch}",
        "Terminal too small: need {w}×{h}, have {cw}×{ch}",
    ),
    "event.resolution": ("Ban hành {number}", "{number} issued"),
    "event.consolidated": ("Nhất thể hóa tại {type} {name}", "{type} {name} consolidated"),
    "event.article": ("Bài báo: {title}", "Article: {title}"),
    "event.deadline": ("Hạn mục tiêu {share} tại {scope}", "Deadline: {share} in {scope}"),
    "event.observation": ("{scope}: {done}/{total} đơn vị", "{scope}: {done}/{total} units"),
    "key.quit": ("Thoát", "Quit"),
    "key.help": ("Trợ giúp", "Help"),
    "key.filter": ("Lọc", "Filter"),
    "key.next_match": ("Khớp tiếp", "Next match"),
    "key.prev_match": ("Khớp trước", "Previous match"),
    "key.sort": ("Sắp xếp", "Sort"),
    "key.open": ("Chi tiết", "Detail"),
    "key.back": ("Quay lại", "Back"),
    "key.forward": ("Tiến tới", "Forward"),
    "key.source": ("Văn bản nguồn", "Source text"),
    "key.next_pane": ("Khung sau", "Next pane"),
    "key.prev_pane": ("Khung trước", "Previous pane"),
    "key.pane1": ("Đơn vị", "Units"),
    "key.pane2": ("Cán bộ", "Officials"),
    "key.pane3": ("Mục tiêu", "Targets"),
    "key.pane4": ("Thời gian", "Timeline"),
    "key.pane5": ("Theo vùng", "By region"),
    "key.pane6": ("Nguồn", "Sources"),
    "key.export": ("Xuất tệp", "Export"),
    "key.chart": ("Biểu đồ", "Charts"),
    "key.ingest": ("Thêm bài báo", "Add article"),
    "ingest.title": (
        "Thêm bài báo: đường dẫn tệp (Enter: xem trước; Enter lần nữa: nhập; Esc: thôi)",
        "Add an article: its file path (Enter: preview; Enter again: merge; Esc: cancel)",
    ),
    "ingest.placeholder": ("vd. ~/bai-bao/cao-loc.txt", "e.g. ~/articles/cao-loc.txt"),
    "ingest.reading": (
        "Đang đọc và đối chiếu với danh mục hành chính…",
        "Reading and matching with the register…",
    ),
    "ingest.confirm": (
        "Enter lần nữa để nhập các thay đổi trên, Esc để thôi",
        "Enter again to merge these changes, Esc to cancel",
    ),
    "ingest.unchanged": ("Không có gì mới để thêm", "Nothing new to add"),
    "ingest.done": ("Đã nhập bài báo vào kho dữ liệu", "Article merged into the store"),
    "chart.title": ("Biểu đồ", "Charts"),
    "chart.timeline": (
        "Số đơn vị đã nhất thể hóa theo thời gian — {scope}",
        "Units consolidated over time — {scope}",
    ),
    "chart.legend": (
        "█ đã nhất thể hóa (cộng dồn), ─ mục tiêu {needed} đơn vị; hiện có {done}; mỗi cột {step} tháng",
        "█ consolidated (cumulative), ─ target of {needed} units; {done} now; {step} month(s) a column",
    ),
    "chart.undated": ("(+{n} đơn vị không rõ thời điểm, không vẽ)", "(+{n} undated units, not drawn)"),
    "chart.no_dates": (
        "Chưa có đơn vị nào có ngày nhất thể hóa ({n} không rõ ngày)",
        "No dated consolidation yet ({n} undated)",
    ),
    "chart.bars": (
        "Tỷ lệ đã nhất thể hóa — các đơn vị thuộc {region}",
        "Share consolidated — within {region}",
    ),
    "chart.marker": ("│ = mục tiêu {share}", "│ = target {share}"),
    "key.copy_cell": ("Chép ô", "Copy cell"),
    "key.copy_row": ("Chép dòng", "Copy row"),
    "key.copy_record": ("Chép bản ghi", "Copy record"),
    "export.title": (
        "Xuất {n} dòng đang hiển thị ra tệp .csv hoặc .json (Enter: ghi, Esc: thôi)",
        "Export the {n} rows shown to a .csv or .json file (Enter: write, Esc: cancel)",
    ),
    "export.exists": (
        "Tệp {name} đã có: Enter lần nữa để ghi đè",
        "{name} exists: Enter again to overwrite it",
    ),
    "export.done": ("Đã ghi {n} dòng vào {path}", "Wrote {n} rows to {path}"),
    "copy.title": ("Đã chép vào clipboard (OSC 52):", "Copied to the clipboard (OSC 52):"),
    "copy.hint": (
        "Nếu terminal không nhận OSC 52, hãy chọn đoạn trên bằng chuột (giữ Shift khi kéo). Esc để đóng.",
        "If the terminal ignores OSC 52, select the text above with the mouse (hold Shift). Esc closes.",
    ),
    "key.up_level": ("Lên một cấp", "Up a level"),
    "key.down": ("Xuống", "Down"),
    "key.up": ("Lên", "Up"),
    "key.left": ("Cột trái", "Column left"),
    "key.right": ("Cột phải", "Column right"),
    "key.top": ("Đầu danh sách", "Top"),
    "key.bottom": ("Cuối danh sách", "Bottom"),
    "key.page_down": ("Nửa trang xuống", "Half page down"),
    "key.page_up": ("Nửa trang lên", "Half page up"),
    "key.next_fact": ("Dữ kiện sau", "Next fact"),
    "key.prev_fact": ("Dữ kiện trước", "Previous fact"),
    "key.palette": ("Lệnh, tìm nhanh", "Commands, jump"),
    "key.close": ("Đóng", "Close"),
    "key.edit": ("Sửa", "Edit"),
    "key.undo": ("Hoàn tác sửa cuối của tôi", "Undo my last edit"),
    "key.log": ("Nhật ký sửa đổi", "Edit log"),
    "key.doctor": ("Kiểm tra terminal", "Terminal check"),
    "doctor.title": ("lso-tui thấy terminal này như sau", "What lso-tui sees of this terminal"),
    "doctor.press": (
        "Nhấn một phím để xem chương trình nhận được gì (Esc để quay lại)",
        "Press a key to see what the program receives (Esc to go back)",
    ),
    "doctor.echo": ("Phím: {name} · ký tự: {char}", "Key: {name} · character: {char}"),
    "key.add": ("Thêm", "Add"),
    "log.title": ("Nhật ký sửa đổi", "Edit log"),
    "log.undone": ("(đã hoàn tác)", "(undone)"),
    "log.nothing_to_undo": ("Bạn không có sửa đổi nào để hoàn tác", "You have no edit to undo"),
    "log.undid": ("Đã hoàn tác: {what}", "Undone: {what}"),
    "col.who": ("Người sửa", "Who"),
    "col.when": ("Lúc", "When"),
    "col.record": ("Bản ghi", "Record"),
    "col.change": ("Thay đổi", "Change"),
    "col.op": ("Loại", "Op"),
    "key.save": ("Lưu", "Save"),
    "edit.title": ("Sửa", "Edit"),
    "edit.save": ("Lưu", "Save"),
    "edit.cancel": ("Hủy", "Cancel"),
    "edit.saved": ("Đã lưu; nhật ký sửa đổi ghi tên bạn", "Saved; the audit log has your name"),
    "conflict.title": (
        "Xung đột: «{field}» vừa được người khác sửa",
        "Conflict: «{field}» was just changed by someone else",
    ),
    "conflict.theirs": ("Của người khác (đang lưu)", "Theirs (saved now)"),
    "conflict.mine": ("Của bạn", "Yours"),
    "conflict.keep_theirs": ("Giữ của người khác", "Keep theirs"),
    "conflict.use_mine": ("Ghi của tôi", "Write mine"),
}


_VI_DIGITS = str.maketrans(",.", ".,")  # Vietnamese groups thousands with "." and writes "0,20"


@dataclass(frozen=True)
class Catalogue:
    """Messages and number formats for one language."""

    lang: str = "vi"

    def __call__(self, key: str, **values: object) -> str:
        """The message *key* in this language, with *values* filled in (values are plain text)."""
        vi, en = MESSAGES[key]
        text = en if self.lang == "en" else vi
        return text.format(**values) if values else text

    def number(self, value: float, decimals: int = 0) -> str:
        """3.000 and 0,20 in Vietnamese; 3,000 and 0.20 in English."""
        s = f"{value:,.{decimals}f}"
        return s if self.lang == "en" else s.translate(_VI_DIGITS)

    def percent(self, share: float) -> str:
        """25% (whole percent) or 17,4% when the share has a fraction."""
        pct = share * 100
        return self.number(pct, 0 if abs(pct - round(pct)) < 1e-9 else 1) + "%"

    def month(self, iso: str | None, part: str | None = None) -> str:
        """ "cuối 06/2018" / "late 06/2018"; "26/02/2020" for a day; "2018" for a year."""
        if not iso:
            return self("val.unknown")
        bits = iso.split("-")
        text = "/".join(reversed(bits[1:])) + "/" + bits[0] if len(bits) > 1 else bits[0]
        return f"{self('part.' + part)} {text}" if part else text
