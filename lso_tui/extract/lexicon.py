"""Lexicons of the genre: posts, bodies, unit types, cues and surnames (folded, no article facts)."""

from __future__ import annotations

# Posts, longest first so "pho bi thu" wins over "bi thu". Folded form -> canonical spelling.
POSTS: dict[str, str] = {
    # National posts, kept whole: "Tổng Bí thư" is not a commune's "Bí thư".
    "tong bi thu": "Tổng Bí thư",
    "bi thu trung uong dang": "Bí thư Trung ương Đảng",
    "pho bi thu thuong truc": "Phó Bí thư Thường trực",
    "pho bi thu": "Phó Bí thư",
    "bi thu chi bo": "Bí thư Chi bộ",
    "bi thu": "Bí thư",
    "pho chu tich thuong truc": "Phó Chủ tịch Thường trực",
    "pho chu tich": "Phó Chủ tịch",
    "chu tich": "Chủ tịch",
    # An acting post is not the post: "Bí thư Đảng ủy, Quyền Chủ tịch UBND xã" does not hold both.
    "quyen chu tich": "Quyền Chủ tịch",
    "quyen bi thu": "Quyền Bí thư",
    "pho truong phong": "Phó Trưởng phòng",
    "truong phong": "Trưởng phòng",
    "pho truong ban": "Phó Trưởng ban",
    "truong ban": "Trưởng ban",
    "pho giam doc": "Phó Giám đốc",
    "giam doc": "Giám đốc",
    "uy vien": "Ủy viên",
    # "Huyện ủy viên, Bí thư Đảng ủy …" in directory lines: a member of a committee, leading a chain.
    "tinh uy vien": "Tỉnh ủy viên",
    "thanh uy vien": "Thành ủy viên",
    "huyen uy vien": "Huyện ủy viên",
    "quan uy vien": "Quận ủy viên",
    "thi uy vien": "Thị ủy viên",
    "dang uy vien": "Đảng ủy viên",
    "chanh van phong": "Chánh Văn phòng",
    "truong thon": "Trưởng thôn",
    "truong khoi": "Trưởng khối",
    "truong ban cong tac mat tran": "Trưởng ban Công tác Mặt trận",
    "pho chu nhiem": "Phó Chủ nhiệm",
    "chu nhiem": "Chủ nhiệm",
    "pho chi huy truong": "Phó Chỉ huy trưởng",
    "chi huy truong": "Chỉ huy trưởng",
    "chinh tri vien": "Chính trị viên",
    "truong cong an": "Trưởng Công an",
    "pho truong cong an": "Phó Trưởng Công an",
    "can bo": "Cán bộ",
    # Central posts quoted in national pieces ("Vụ trưởng Vụ Chính quyền địa phương NAME cho biết")
    "bo truong": "Bộ trưởng",
    "thu truong": "Thứ trưởng",
    "pho vu truong": "Phó Vụ trưởng",
    "vu truong": "Vụ trưởng",
    "pho cuc truong": "Phó Cục trưởng",
    "cuc truong": "Cục trưởng",
}
VILLAGE_POSTS = ("Trưởng thôn", "Trưởng khối", "Bí thư Chi bộ")
POST_KEYS = sorted(POSTS, key=len, reverse=True)

# Bodies a post belongs to. Folded form -> canonical spelling.
BODIES: dict[str, str] = {
    "ubnd": "UBND",
    "uy ban nhan dan": "UBND",
    "hdnd": "HĐND",
    "hoi dong nhan dan": "HĐND",
    "dang uy": "Đảng ủy",
    # "nguyên Bí thư Đảng bộ kiêm Chủ tịch UBND xã": the commune's Party committee, named by its body
    "dang bo": "Đảng ủy",
    "thanh uy": "Thành ủy",
    "huyen uy": "Huyện ủy",
    "tinh uy": "Tỉnh ủy",
    "thi uy": "Thị ủy",
    "quan uy": "Quận ủy",
    "mttq": "MTTQ",
    # "Bí thư Đoàn Thanh niên xã": a youth-union post ("Đoàn" is also a surname).
    "doan thanh nien": "Đoàn Thanh niên",
    "uy ban mat tran to quoc": "Ủy ban MTTQ",
    # "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy": the Party's inspection committee
    "uy ban kiem tra": "Ủy ban Kiểm tra",
}
PEOPLES_COMMITTEE = "UBND"
COMMUNE_PARTY = "Đảng ủy"
COMMUNE_BODIES = (COMMUNE_PARTY, PEOPLES_COMMITTEE, "HĐND")  # the bodies a commune has
# Party committees above the commune: a post there is district- or province-level.
UPPER_PARTY = {
    "Thành ủy": "district",
    "Huyện ủy": "district",
    "Thị ủy": "district",
    "Quận ủy": "district",
    "Tỉnh ủy": "province",
}

# Commune-level unit types; folded spelling or abbreviation -> canonical type word.
COMMUNE_TYPES: dict[str, str] = {
    "thi tran": "thị trấn",
    "tt.": "thị trấn",
    "tt": "thị trấn",
    "phuong": "phường",
    "p.": "phường",
    "xa": "xã",
    # After 1 July 2025 a special zone ("đặc khu") is a commune-level unit.
    "dac khu": "đặc khu",
    "x.": "xã",
}
# District- and province-level types.
DISTRICT_TYPES: dict[str, str] = {
    "thanh pho": "Thành phố",
    "tp.": "Thành phố",
    "tp": "Thành phố",
    "thi xa": "Thị xã",
    "tx.": "Thị xã",
    "huyen": "Huyện",
    "huyen dao": "Huyện",  # "huyện đảo Kiên Hải": an island district
    "h.": "Huyện",
    "quan": "Quận",
    "q.": "Quận",
}
PROVINCE_TYPES: dict[str, str] = {"tinh": "Tỉnh"}
# Counts in words ("mới có hai xã"), folded, with their values.
NUMBER_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}
SPELLED_COUNTS = frozenset({"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"})  # as written
# Words before a type word that make it plural ("các xã A, B và C").
PLURAL_MARKERS = ("cac", "nhung", "nhieu", "mot so")

# Verbs that introduce what an official said, ending the title chain before them.
SPEECH_VERBS = (
    "cho biet them",
    "cho biet",
    "chia se",
    "noi",
    "khang dinh",
    "nhan manh",
    "thong tin",
    "trao doi",
    "phat bieu",
    "cho rang",
    "bay to",
    "nhan dinh",
    "bao cao",
    "danh gia",
    "tam su",
    "giai thich",
    "de nghi",
    "neu ro",
    "keu goi",
)
HONORIFICS = ("dong chi", "ong", "ba", "anh", "chi", "cu", "dc.", "dc")

# The consolidation itself, folded; tone placement is folded away.
CONSOLIDATION_CUES = (
    "nhat the hoa",
    "dong thoi la chu tich",
    "kiem chu tich",
    "kiem nhiem chu tich",
    "bi thu dong thoi",
    "bi thu kiem",
    "bi thu cap uy dong thoi",
    "mot nguoi",
    "giao them nhiem vu chu tich",
    "dam nhiem chuc danh chu tich",
    # The genre calls it "the model" once named: "thực hiện mô hình này".
    "mo hinh nay",
    "thuc hien mo hinh",
    "thuc hien tot mo hinh",  # ("Các xã A, B … được biểu dương vì thực hiện tốt mô hình")
    "thuc hien hieu qua mo hinh",
    "ap dung mo hinh",  # ("xã Ya Tăng từng áp dụng mô hình nhưng sau một năm phải tách lại")
    "mo rong mo hinh toi",  # ("Lộc Bình mở rộng mô hình tới các xã A, B")
    "mo rong mo hinh sang",
    "noi lam tot",  # ("Các xã A, B (X) hay xã C (Y) là những nơi làm tốt")
    "don vi lam tot",  # ("Một số đơn vị làm tốt được biểu dương tại hội nghị như: xã A (X), …")
    "hai chuc danh",
    # "từng giữ cả chức bí thư đảng ủy và chủ tịch UBND cấp xã"
    "giu ca chuc bi thu",
    "giu ca hai chuc",
    # "có 7 đơn vị bầu bí thư đảng ủy giữ chức chủ tịch UBND" (not after "phó": see has_cue)
    "bi thu dang uy giu chuc chu tich ubnd",
    "bi thu cap uy giu chuc chu tich ubnd",
    "bi thu giu chuc chu tich ubnd",
    "bi thu dang uy duoc bau giu chuc chu tich ubnd",
    "bi thu dang uy duoc bau lam chu tich ubnd",
    "bi thu duoc bau giu chuc chu tich ubnd",
    # "các xã A, B cũng bầu bí thư đảng ủy làm chủ tịch UBND"
    "bi thu dang uy lam chu tich ubnd",
    "bi thu cap uy lam chu tich ubnd",
    # "các đại biểu đã bầu bí thư đảng ủy xã giữ chức chủ tịch UBND"
    "bi thu dang uy xa giu chuc chu tich ubnd",
    "bi thu dang uy phuong giu chuc chu tich ubnd",
    "bi thu dang uy thi tran giu chuc chu tich ubnd",
    # "bố trí một đồng chí vừa là Bí thư Đảng ủy vừa là Chủ tịch UBND"
    "vua la bi thu dang uy vua la chu tich",
    "vua la bi thu dang uy, vua la chu tich",
    "vua la bi thu, vua la chu tich",
    "vua la bi thu vua la chu tich",
)
# Cues that a consolidation has not happened (yet) in the units named beside them.
# ("hai chức danh vẫn do hai người đảm nhiệm", "vẫn bố trí riêng hai chức danh": the posts apart)
NOT_DONE_CUES = (
    "chua thuc hien", "chua co", "chua du dieu kien", "chua nhat the", "gia su", "do hai nguoi", "bo tri rieng",
    # ("mô hình chưa được áp dụng; tại xã A, …", "huyện chưa đặt vấn đề nhất thể hóa ở đây")
    "chua duoc ap dung", "chua ap dung", "chua duoc thuc hien", "chua dat van de",
)
# Not "kế hoạch" (a plan is cited in reports of work done) nor "sắp" (folds like "sắp xếp").
PLANNED_CUES = ("du kien", "se thuc hien", "de xuat", "se tien hanh", "se nhat the")
TARGET_CUES = ("muc tieu", "phan dau", "chi tieu", "den nam", "den het nam", "tu nay den")

# Figures said of a unit; folded noun -> kind.
FIGURE_NOUNS: dict[str, str] = {
    "ho dan": "households",
    "ho gia dinh": "households",
    "ho": "households",
    "nhan khau": "population",
    "khau": "population",
    "nguoi dan": "population",
    "dan so": "population",
    "dang vien": "party_members",
}
QUALIFIERS: dict[str, str] = {
    "hon": "more_than",
    "tren": "over",
    "gan": "nearly",
    "khoang": "about",
    "uoc": "about",
    "chung": "about",
    "duoi": "under",
}
MULTIPLIERS: dict[str, int] = {"nghin": 1000, "ngan": 1000, "trieu": 1_000_000, "tram": 100}

# Topics of qualitative notes about a unit; folded cue -> topic.
NOTE_TOPICS: dict[str, str] = {
    "muc song": "living_standard",
    "nong thon moi": "new_rural_criteria",
    "ho ngheo": "poverty",
}
# Qualifications of officials; folded cue -> kind.
DEGREES: dict[str, str] = {
    "thac sy": "master",
    "thac si": "master",
    "tien sy": "doctorate",
    "tien si": "doctorate",
    "cu nhan": "bachelor",
    "ky su": "engineer",
}
EXPERIENCE_CUE = "kinh qua"
PAST_POST_CUES = ("cach day", "truoc day", "nguyen la", "tung la", "truoc khi")

DATE_PARTS: dict[str, str] = {"dau": "early", "giua": "mid", "cuoi": "late"}

# Line markers of page furniture: a date on such a line is not the article's date.
BANNER_MARKERS = (
    "hom nay",
    "dang nhap",
    "dang ky",
    "trang chu",
    "lien he",
    "thoi tiet",
    "tim kiem",
    "cap nhat",
    "rss",
    "°c",
)
# Credits: the named person is an author or photographer, never an official.
CREDIT_MARKERS = ("bai, anh", "bai va anh", "bai anh", "anh:", "anh :", "bai:", "theo ", "nguon:")
NEWS_AGENCIES = ("ttxvn", "vna", "ttxvn/vietnam+")

# First words that end a name run: the start of a post, a body or an honorific (original spelling).
NAME_STOP_WORDS = {
    "bí",
    "phó",
    "chủ",
    "trưởng",
    "giám",
    "ủy",
    "uỷ",
    # "Chánh Văn phòng", "Chánh Thanh tra", "Chánh án" (not "phường Chánh Phú Hòa")
    "chánh văn",
    "chánh thanh",
    "chánh án",
    "cán bộ",  # not "xã Cán Cấu"
    "đảng",
    "ông",
    "bà",
    "đồng chí",
    "ubnd",
    "hđnd",
    "mttq",
}
# Inside a run only unambiguous post starts end it ("xã Bình Chánh" keeps "Chánh").
NAME_MID_STOP = {
    "ubnd",
    "hđnd",
    "mttq",
    "bí thư",
    "chủ tịch",
    "phó bí",
    "phó chủ",
    "trưởng ban",
    "trưởng phòng",
    "chánh văn",
    "ủy viên",
    "đảng ủy",
}
# The type words in their proper spelling; a match must be spelt so, or be plain ASCII (no marks).
TYPE_SPELLING = {
    "xa": "xã",
    "phuong": "phường",
    "thi tran": "thị trấn",
    "thanh pho": "thành phố",
    "thi xa": "thị xã",
    "huyen": "huyện",
    "huyen dao": "huyện đảo",
    "quan": "quận",
    "tinh": "tỉnh",
    "dac khu": "đặc khu",
}

# Regions of several provinces ("các tỉnh Tây Nguyên", "tỉnh Bắc Trung Bộ"): after a province's type word
# they name no province (folded).
MACRO_REGIONS = frozenset(
    {
        "tay nguyen", "tay bac", "dong bac", "viet bac", "bac bo", "trung bo", "nam bo", "bac trung bo",
        "nam trung bo", "dong nam bo", "tay nam bo", "mien bac", "mien trung", "mien nam", "mien tay",
        "mien dong", "duyen hai mien trung", "duyen hai nam trung bo", "dong bang song cuu long",
        "dong bang song hong", "trung du mien nui phia bac", "mien nui phia bac", "trung du va mien nui phia bac",
        "bac trung bo va duyen hai mien trung",
    }
)  # fmt: skip
