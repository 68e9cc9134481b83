## واژه‌های برنامهٔ وب Liaison به فارسی.

-product = Liaison

## چیدمان مشترک همهٔ صفحه‌ها

page-title = { $title } — { -product }
skip-to-content = رفتن به محتوا
nav-main = منوی اصلی
nav-home = { -product }
nav-search = جست‌وجو
nav-submit = ارسال
nav-rfis = درخواست‌های اطلاعات
nav-groups = گروه‌ها
nav-map = نقشه
nav-governance = راهبری
nav-meetings = نشست‌ها
nav-statistics = آمار
nav-users = کاربران
nav-connections = اتصال‌ها
nav-feeds = منابع داده
nav-administration = مدیریت
nav-audit = گزارش ممیزی
your-account = حساب شما
sign-out = خروج
back-home = بازگشت به صفحهٔ اصلی
back-to-account = بازگشت به حساب شما
none = هیچ.
never = هرگز
objects-table = اشیا
list-separator = { "، " }
action = اقدام

count-objects = { $count ->
    [one] { $count } شیء
   *[other] { $count } شیء
}

## ورود و انتخاب گذرواژه

sign-in-title = ورود
sign-in-heading = ورود به { $center }
sign-in-code = کد برنامهٔ احراز هویت
sign-in-code-hint = شش رقم، یا یکی از کدهای بازیابی شما.
sign-in-button = ورود
user-name = نام کاربری
password = گذرواژه
forgot-password = گذرواژه را فراموش کرده‌اید؟ مدیر سازمان شما می‌تواند پیوندی برای تعیین گذرواژهٔ تازه برایتان بفرستد.
choose-password-title = انتخاب گذرواژه
choose-password-heading = برای { $center } گذرواژه‌ای انتخاب کنید
new-password = گذرواژهٔ تازه
password-hint = دست‌کم ۱۲ نویسه که کسی نتواند حدس بزند: چند واژهٔ بی‌ربط به هم گزینهٔ خوبی است.
password-again = همان گذرواژه، دوباره
set-password-button = ثبت گذرواژه

## صفحهٔ حساب

account-title = حساب شما
account-must-change = گذرواژهٔ شما را کس دیگری انتخاب کرده است. پیش از هر کاری گذرواژهٔ خودتان را انتخاب کنید.
account-second-factor-required = این مرکز عامل دوم را الزامی کرده است. پیش از هر کاری، یک برنامهٔ احراز هویت را در پایین راه‌اندازی کنید.
current-password = گذرواژهٔ کنونی
new-password-again = همان گذرواژهٔ تازه، دوباره
change-password-button = تغییر گذرواژه
second-factor = عامل دوم
second-factor-on = فعال: با کدی از برنامهٔ احراز هویت وارد می‌شوید. { $left ->
    [one] { $left } کد بازیابی باقی مانده است.
   *[other] { $left } کد بازیابی باقی مانده است.
}
second-factor-remove-code = کد برنامه، برای برداشتن عامل دوم
second-factor-remove = برداشتن
second-factor-again-code = کد برنامهٔ کنونی، برای راه‌اندازی برنامه‌ای دیگر (با کدهای بازیابی تازه)
second-factor-again = راه‌اندازی برنامه‌ای دیگر
second-factor-off = غیرفعال: گذرواژه به‌تنهایی برای ورود کافی است.
second-factor-set-up = راه‌اندازی برنامهٔ احراز هویت
sessions = نشست‌های ورود
your-sessions = نشست‌های ورود شما
session-opened = زمان گشایش
session-last-used = آخرین استفاده
session-from = از
session-this = همین نشست
session-end = پایان
session-end-others = پایان دادن به همهٔ نشست‌های دیگر
api-tokens = توکن‌های API
api-tokens-hint = برای کلاینت‌های TAXII و اسکریپت‌ها: توکن را به شکل <code>Authorization: Bearer …</code> بفرستید، یا به‌عنوان گذرواژهٔ HTTP Basic همراه با نام کاربری‌تان.
your-api-tokens = توکن‌های API شما
token-shown-once = توکن «{ $name }» ({ $scope })، که فقط همین حالا نمایش داده می‌شود:
token-name = نام
token-scope = دسترسی
token-created = زمان ساخت
token-expires = زمان انقضا
token-state = وضعیت
token-live = معتبر
token-revoked = باطل‌شده
token-expired = منقضی
token-revoke = ابطال
token-new-name = توکن تازه: چه چیزی از آن استفاده خواهد کرد
token-may = اجازه دارد
token-scope-write = بخواند و بنویسد
token-scope-read = فقط بخواند
token-expires-at = در پایان این روز منقضی می‌شود (برای بی‌انقضا خالی بگذارید)
token-make = ساخت توکن
language = زبان
language-hint = زبان همهٔ صفحه‌هایی که می‌بینید. اگر زبانی انتخاب نکنید، زبان سازمان یا مرورگرتان به کار می‌رود.
language-follow = مانند سازمان یا مرورگرم
language-save = ذخیرهٔ زبان
language-saved = زبان ذخیره شد: { $language }. از این پس همهٔ صفحه‌ها به این زبان نمایش داده می‌شوند.
language-cleared = مرکز اکنون از زبان سازمان یا مرورگر شما پیروی می‌کند.

## راه‌اندازی عامل دوم

second-factor-title = عامل دوم
second-factor-is-on = عامل دوم شما فعال است. از این پس با گذرواژه و کدی از برنامه وارد می‌شوید.
recovery-codes = کدهای بازیابی
recovery-codes-hint = اگر دستگاه را گم کنید، هر یک از این کدها یک بار به‌جای کد برنامه شما را وارد می‌کند. آن‌ها را جای امنی نگه دارید؛ فقط همین حالا نمایش داده می‌شوند.
enrol-scan = در برنامهٔ احراز هویت، با اسکن این کد یک حساب بیفزایید
enrol-qr-label = کد QR رمز زیر
enrol-or-type = یا با تایپ این رمز:
enrol-type-code = کد شش‌رقمی‌ای را که برنامه اکنون نشان می‌دهد وارد کنید.
enrol-code = کد برنامه
enrol-turn-on = فعال‌سازی عامل دوم

## زبان سازمان عضو (صفحهٔ کاربران)

member-language = زبان { $member }
member-language-hint = زبانی که کارکنان { $member } مرکز را با آن می‌خوانند، مگر آنکه زبان دیگری برگزینند.
member-language-none = زبان هر مرورگر
member-language-saved = زبان { $member } ذخیره شد: { $language }. کارکنانی از این سازمان که زبانی برای خود برنگزیده‌اند، اکنون مرکز را به این زبان می‌خوانند.
member-language-cleared = کارکنان { $member } اکنون مرکز را به زبان مرورگر خود می‌خوانند، مگر آنکه زبان دیگری برگزیده باشند.

## خطاها

error-title = { $status } — { -product }
status-400 = درخواست نادرست
status-401 = نخست وارد شوید
status-403 = مجاز نیست
status-404 = یافت نشد
status-405 = این کار به این شیوه انجام نمی‌شود
status-409 = ناسازگاری
status-410 = دیگر وجود ندارد
status-413 = بیش از اندازه بزرگ
status-415 = قالب پشتیبانی‌نشده
status-422 = پذیرفته نشد
status-429 = تلاش‌های بیش از اندازه
status-500 = خطایی رخ داد
status-503 = لحظه‌ای مشغول است
status-other = رد شد
password-set-sign-in = گذرواژهٔ شما ثبت شد. با آن وارد شوید.
passwords-differ = دو گذرواژه یکسان نیستند؛ یک گذرواژه را دو بار وارد کنید.

## Roles, and what was just done on the account page

role-analyst = تحلیلگر
role-liaison_officer = افسر رابط
role-delegate = نماینده
role-member_administrator = مدیر عضو
role-secretariat = دبیرخانه
role-administrator = مدیر مرکز
done-password = گذرواژهٔ شما عوض شد و نشست‌های دیگرتان پایان یافت.
done-session = نشست پایان یافت.
done-sessions = همهٔ نشست‌های دیگر پایان یافت.
done-revoked = توکن باطل شد.
done-second-factor-off = عامل دوم شما برداشته شد.
new-passwords-differ = دو گذرواژهٔ تازه یکی نیستند؛ یک گذرواژه را دو بار بنویسید.

## جدول‌های اشیا

nothing-yet = هنوز چیزی نیست.
col-name = نام
col-type = نوع
col-tlp = TLP
col-from = عضو مبدأ
col-added = زمان افزودن
col-status = وضعیت
col-month = ماه

## صفحهٔ اصلی

home-title = { $member } — صفحهٔ اصلی
home-new-intelligence = اطلاعات تازه‌ای که برای ما منتشر شده است
home-rfis = درخواست‌های اطلاعات در انتظار پاسخ
home-release-requests = درخواست‌های انتشار در انتظار تصمیم
home-votes = رأی‌گیری‌های در جریان
home-meetings = نشست‌های پیش رو
home-overdue = اقدام‌های معوق
due-on = مهلت: { $date }
open-until = تا { $date }
release-request-asks = { $requester } انتشار { $what } را درخواست کرده است: { $reason }
release-approve = تأیید
release-refuse = رد
action-overdue = { $title } — مهلت: { $date }

## جست‌وجو

search-words = واژه‌ها
search-type = نوع
search-type-example = مثلاً indicator, report
search-button = جست‌وجو
search-facets = فیلترها
search-matches = { $count ->
    [one] { $shown } نتیجه
   *[other] { $shown } نتیجه
}
search-matches-partial = { $matches } نتیجه؛ تازه‌ترین { $shown } مورد نمایش داده شده است

## کاربران (برای مدیران)

member = سازمان عضو
roles = نقش‌ها
users-show = نمایش کاربرانش
users-of = کاربران { $member }
user-invited = { $user } دعوت شد. این پیوند را برایش بفرستید (یک بار و تا { $until } UTC کار می‌کند)؛ فقط همین حالا نمایش داده می‌شود:
user-disabled = غیرفعال
user-invited-state = دعوت‌شده
user-must-choose = باید گذرواژه انتخاب کند
user-active = فعال
user-second-factor = عامل دوم
invite-heading = دعوت از کاربر
user-name-hint = ۲ تا ۶۴ نویسه: a-z، 0-9، '-'، '_' و '.'.
display-name = نام نمایشی
invite-button = دعوت
user-title = کاربر { $user }
done-user-saved = حساب ذخیره شد.
done-user-disabled = حساب غیرفعال شد و نشست‌هایش پایان یافت.
done-user-enabled = این حساب دوباره می‌تواند وارد شود.
done-certificate = گواهی ثبت شد.
done-certificate-revoked = ثبت گواهی باطل شد.
done-user-second-factor-off = عامل دوم برداشته شد؛ کاربر تا راه‌اندازی عامل دوم تازه، فقط با گذرواژه وارد می‌شود.
user-reset-link = این پیوند را برای { $user } بفرستید تا گذرواژهٔ تازه‌ای تعیین کند (یک بار و تا { $until } UTC کار می‌کند؛ گذرواژهٔ قبلی تا آن زمان معتبر است)؛ فقط همین حالا نمایش داده می‌شود:
users-all-of = همهٔ کاربران { $member }
user-invited-no-password = دعوت‌شده، هنوز بدون گذرواژه
user-signs-in-with-second-factor = با عامل دوم وارد می‌شود
user-name-and-roles = نام و نقش‌ها
save = ذخیره
user-access = دسترسی
user-enable = اجازهٔ ورود دوباره
user-disable = غیرفعال‌سازی
user-reset = ساخت پیوند برای تعیین گذرواژهٔ تازه
user-remove-second-factor = برداشتن عامل دوم (دستگاه گم شده)
certificates = گواهی‌های کلاینت
certificates-hint = سامانه‌ای که با یکی از این گواهی‌ها از راه HTTPS وصل شود، به‌جای { $user } عمل می‌کند: یا گواهی‌ای که با اثر انگشتش تثبیت شده است، یا هر گواهی احراز هویت کلاینت که یکی از مراجع صدور گواهیِ عضو صادر کرده باشد.
certificate-kind = نوع
certificate-kind-certificate-short = گواهی
certificate-kind-authority-short = مرجع صدور گواهی
certificate-kind-certificate = فقط همین گواهی
certificate-kind-authority = مرجع صدور گواهی: هر گواهی کلاینتی که صادر کرده است
certificate-pem = گواهی (PEM)
registered = زمان ثبت
register = ثبت

## اتصال‌ها (هویت‌ها، وب‌هوک‌ها) و منابع داده

done-identity = هویت ثبت شد: از این پس فقط این عضو می‌تواند آن را به‌عنوان پدیدآورنده نام ببرد.
done-identity-removed = این هویت دیگر از آنِ این عضو نیست؛ آنچه با آن به اشتراک گذاشته شده است باقی می‌ماند.
done-webhook-removed = وب‌هوک برداشته شد.
connections-show = نمایش اتصال‌هایش
connections-intro = شیوهٔ اتصال { $member } به مرکز: هویت‌هایی که فقط خودش می‌تواند به‌عنوان پدیدآورنده نام ببرد، وب‌هوک‌هایی که اطلاعات تازه و اعلان‌هایش به آن‌ها فرستاده می‌شود، و منابع داده‌اش:
identities = هویت‌ها
identity = هویت
identity-own = هویت خودش:
identity-none-other = هویت دیگری ثبت نشده است.
identity-label = هویت (نام مستعار، زیرواحد)
identity-hint = شناسهٔ STIX آن، مانند { $example }.
identity-name = نام آن
identity-ask-administrators = مدیران مرکز هویت‌ها را به نام یک عضو ثبت می‌کنند (از آن پس اشیای هر عضو دیگری که از یکی از آن‌ها نام ببرد، به‌عنوان جعلی رد می‌شود)؛ از آنان درخواست کنید.
remove = برداشتن
not-yet = هنوز نه
webhooks = وب‌هوک‌ها
webhook-registered = وب‌هوک به مقصد { $url } ثبت شد. هر درخواست POST به آن با این رمز امضا می‌شود ({ $header }، HMAC-SHA256 بدنهٔ درخواست)، که فقط همین حالا نمایش داده می‌شود:
webhook-last-attempt = آخرین تلاش
webhook-failures = شکست‌های پیاپی
webhook-url-hint = http:// یا https://. نشانی‌های درون شبکهٔ خود مرکز فقط در صورتی در دسترس‌اند که مدیر آن اجازه دهد.
webhook-deliver = ارسال
webhook-deliver-all = اطلاعات تازه و اعلان‌ها
webhook-deliver-objects = فقط اطلاعات تازه
webhook-deliver-notifications = فقط اعلان‌ها
webhook-types = فقط این نوع‌های STIX (جداشده با ویرگول؛ اگر خالی باشد، همه)
webhook-register = ثبت وب‌هوک
feeds-intro = مجموعه‌های TAXII 2.1 راه دور که طبق زمان‌بندی از طرف یک عضو دریافت می‌شوند. اطلاعات احراز هویت به‌صورت مهروموم‌شده ذخیره می‌شود و دیگر هرگز نمایش داده نمی‌شود.
feeds-none = هنوز منبع داده‌ای نیست.
feed-auth-none = هیچ
feed-auth-basic = HTTP Basic
feed-auth-bearer = توکن Bearer
feed-auth-certificate = گواهی کلاینت
feed-for = برای { $member }
feed-every = هر { $seconds } ثانیه
feed-unmarked = اشیای بی‌نشانه: { $tlp }
feed-unmarked-to = اشیای بی‌نشانه: { $tlp }، برای { $members }
feed-last-pull = آخرین دریافت
feed-next-pull = دریافت بعدی
feed-since-registered = از زمان ثبت
feed-taken-refused = پذیرفته: { $taken }، ردشده: { $refused }
feed-last-error = آخرین خطا
feed-failures = { $count } بار پیاپی
feed-refused = اشیای ردشده
feed-refused-last = { $count ->
    [one] ردشده در آخرین دریافت ({ $count })
   *[other] ردشده در آخرین دریافت ({ $count })
}
col-object = شیء
col-version = نسخه
col-why = دلیل
feed-pull-now = دریافت فوری
feed-start-over = شروع دوباره از ابتدا
feed-remove = برداشتن (آنچه آورده است می‌ماند)
feed-add = افزودن منبع داده
feed-api-root = ریشهٔ API راه دور
feed-api-root-hint = مانند { $example }
feed-collection = شناسهٔ مجموعهٔ راه دور
feed-authentication = احراز هویت
feed-username = نام کاربری (HTTP Basic)
feed-secret = گذرواژه، توکن، یا گواهی کلاینت و کلید (PEM)
feed-member = برای سازمان عضو
feed-user = اشیا به نام این کاربر وارد می‌شوند
feed-tlp = TLP برای اشیایی که TLP ندارند (اگر خالی باشد، پیش‌فرض مجموعه)
feed-interval = ثانیه‌های میان دو دریافت (اگر خالی باشد، یک ساعت)
feed-ca = مرجع صدور گواهی خصوصی که سرور با آن سنجیده می‌شود (PEM؛ اختیاری)
feed-add-button = افزودن منبع داده
## درخواست‌های اطلاعات

rfis-title = درخواست‌های اطلاعات
rfis-none = هیچ درخواست اطلاعاتی به سازمان شما مربوط نیست.
rfi-title = درخواست اطلاعات شمارهٔ { $id }
rfi-question = پرسش
rfi-priority = اولویت
rfi-priority-low = پایین
rfi-priority-normal = عادی
rfi-priority-high = بالا
rfi-priority-urgent = فوری
rfi-deadline = مهلت
rfi-status-open = باز
rfi-status-answered = پاسخ‌داده‌شده
rfi-status-closed = بسته
rfi-status-expired = منقضی
rfi-ask-heading = پرسش از اعضا
rfi-deadline-label = مهلت (به وقت شما، { $zone })
rfi-ask-whom = پرسش از (اگر هیچ‌کدام علامت نخورده باشد: همهٔ اعضا):
rfi-send = ارسال درخواست اطلاعات
rfi-meta = از { $from } · اولویت: { $priority } · مهلت: { $deadline }
rfi-overdue = در مهلت مقرر پاسخ نداده‌اند: { $members }
rfi-answers = پاسخ‌ها
none-yet = هنوز موردی نیست.
rfi-unseen-by-asker = { $member } نمی‌تواند این اشیای عضو شما را که در پاسخ‌هایتان آمده بخواند و فقط می‌بیند که برخی منتشر نشده‌اند. افسر رابط عضو شما می‌تواند یکی از آن‌ها را از صفحه‌اش برای { $member } منتشر کند (انتشار برای عضوی دیگر)؛ موردی با TLP:RED نسخهٔ تازه‌ای می‌خواهد که او را نام ببرد:
rfi-withheld = { $count ->
    [one] { $count } شیء مرتبط برای شما منتشر نشده است.
   *[other] { $count } شیء مرتبط برای شما منتشر نشده است.
}
rfi-answer = پاسخ
rfi-answer-objects = شناسه‌های STIX همراه پاسخ (در هر سطر یکی)
rfi-answer-needed = پاسخ را بنویسید، یا اشیایی را که به پرسش پاسخ می‌دهند مشخص کنید.

## گروه‌های تحت پیگیری و استعلام وجود اطلاعات (hit/no-hit)

groups-title = گروه‌های تحت پیگیری
group-untitled = گروه تحت پیگیری
groups-intro = بازیگران تهدید، مجموعه‌های نفوذ و کارزارهای موجود در اطلاعاتی که برای شما منتشر شده است.
map-title = نقشه
hits-title = استعلام وجود اطلاعات
hits-asked = دربارهٔ { $value } پرسیدید.
hits-visible = { $count ->
    [one] می‌توانید { $count } شیء منطبق را ببینید.
   *[other] می‌توانید { $count } شیء منطبق را ببینید.
}
hits-none = هیچ عضو دیگری دربارهٔ آن اطلاعاتی ندارد که شما نتوانید ببینید.
hits-holders = اعضایی که دربارهٔ آن اطلاعات دارند
hits-ask-release = درخواست انتشار
hits-reason = دلیل
hits-ask = درخواست از { $member }
## راهبری: ریاست، اعضا و رأی‌گیری‌ها

presidency = ریاست
presidency-held = ریاست از { $from } تا { $to } با { $member } است.
presidency-none = هیچ عضوی عهده‌دار ریاست نیست.
members = اعضا
member-founding = مؤسس
member-accession = زمان پیوستن
member-status-applicant = متقاضی
member-status-member = عضو
member-status-observer = ناظر
member-status-suspended = تعلیق‌شده
member-status-withdrawn = خارج‌شده
yes = بله
votes = رأی‌گیری‌ها
vote = رأی‌گیری
vote-until = مهلت
vote-cast = رأی‌های داده‌شده
vote-outcome = نتیجه
vote-your-delegate = نمایندهٔ شما
vote-cast-of = { $cast } از { $eligible }
vote-outcome-open = باز
vote-outcome-adopted = تصویب‌شده
vote-outcome-rejected = ردشده
vote-yours = سازمان شما رأی { $choice } داد.
vote-choice-yes = موافق
vote-choice-no = مخالف
vote-choice-abstain = ممتنع
vote-yes = موافق
vote-no = مخالف
vote-abstain = ممتنع

## Meetings

meetings-none = هنوز نشستی برگزار نشده است.
meeting = نشست
meeting-kind = نوع
meeting-when = زمان
meeting-where = مکان
meeting-kind-regular = عادی
meeting-kind-extraordinary = فوق‌العاده
meeting-local-start = (آغاز { $time }، { $zone })
meeting-convene-heading = فراخواندن نشست
meeting-title = عنوان
meeting-starts = آغاز (به وقت محلی نشست)
meeting-ends = پایان
meeting-time-zone = منطقهٔ زمانی
meeting-venue = مکان
meeting-convene = فراخواندن

## یک شیء، به‌صورت اطلاعات

object-kind-line = { $kind }
object-authored-by = پدیدآورنده: { $author }
object-shared-by = ارائه‌شده از سوی { $member }
object-added = افزوده‌شده در { $date }
object-evaluation = ارزیابی منبع: { $code }
object-done-sighting = مشاهدهٔ شما ثبت شد.
object-done-outcome = نتیجه ثبت شد.
object-done-report = گزارش شما ذخیره شد و مطابق نشانه‌گذاری‌اش منتشر شد.
object-about = مشخصات
object-raw = شیء به‌صورت STIX (JSON)
object-raw-version = نسخهٔ { $version } به‌صورت STIX (JSON)
object-linked = اطلاعات مرتبط
object-linked-none = هنوز چیزی که بتوانید ببینید به این مورد پیوند داده نشده است.
object-since = از { $date }
object-until = تا { $date }
object-from-to = از { $start } تا { $stop }
object-named-in = ذکرشده در { $kind } { $name }
object-sighted = { $count ->
    [one] { $who } { $count } بار آن را دیده است
   *[other] { $who } { $count } بار آن را دیده است
    }
object-sighted-where = در { $where }
object-sighted-between = بین { $first } و { $last }
object-someone = یک عضو
object-unavailable = در اینجا نگهداری نمی‌شود یا برای شما منتشر نشده است
object-more-names = { $count ->
    [one] و یک مورد دیگر
   *[other] و { $count } مورد دیگر
}
object-markings = نشانه‌گذاری و انتشار
object-level = سطح
object-released-to = منتشرشده برای
object-released-to-none = جز آنچه این سطح اجازه می‌دهد، برای هیچ عضو مشخصی منتشر نشده است.
object-orcon = هرگونه انتشار بعدی منوط به اجازهٔ عضو مبدأ است (ORCON).
object-other-markings = نشانه‌گذاری‌های دیگر
object-banner-released = منتشرشده برای { $members }
object-versions = نسخه‌ها
object-version = { $version }، افزوده‌شده در { $date }
object-version-current = کنونی
object-correlations = همبستگی‌ها
object-correlations-none = هیچ اطلاعات دیگری که بتوانید ببینید، مقدار مشترکی با این مورد ندارد.
object-possible-match = تطابق احتمالی
object-possible-match-why = این دو نام در خطی دیگر یکسان خوانده می‌شوند؛ پیش از تکیه بر آن، تأییدش کنید
col-shared-value = مقدار مشترک
col-member = عضو
object-sightings = مشاهده‌ها
object-seen-by = { $count ->
    [0] هیچ عضوی مشاهدهٔ آن را گزارش نکرده است.
    [one] یک عضو آن را دیده است.
   *[other] { $count } عضو آن را دیده‌اند.
}
object-we-saw = ما این را دیده‌ایم
object-outcomes = نتایج
object-outcomes-none = موردی ثبت نشده است.
object-outcome = { $kind } در { $date } ({ $member }): { $description }
object-led-to = به چه نتیجه‌ای انجامید
object-outcome-description = شرح
object-record-outcome = ثبت نتیجه
object-hit-ask = آیا عضو دیگری دربارهٔ این مقدار اطلاعاتی در اختیار دارد؟
object-hit-button = استعلام
object-answer-rfi = پاسخ به یک درخواست اطلاعات با این مورد
object-no-rfi = هیچ درخواست اطلاعات بازی خطاب به سازمان شما وجود ندارد.
object-rfi = درخواست اطلاعات
object-answer-how = این مورد چگونه به پرسش پاسخ می‌دهد (اختیاری)
object-answer = پاسخ
object-choose-rfi = درخواست اطلاعاتی را که این شیء به آن پاسخ می‌دهد انتخاب کنید.
object-rfi-not-ours = آن درخواست اطلاعات خطاب به سازمان شما نیست.
release-not-a-member = { $member } عضو مرکز نیست.

## آنچه اطلاعات به آن انجامید

outcome-kind-group_disrupted = اخلال در فعالیت گروه
outcome-kind-group_dismantled = انهدام گروه
outcome-kind-arrest = دستگیری
outcome-kind-attack_prevented = جلوگیری از حمله
outcome-kind-position_confirmed = تأیید موقعیت
outcome-kind-false_positive = مثبت کاذب

## انواع اشیای STIX

kind-attack-pattern = الگوی حمله
kind-campaign = کارزار
kind-course-of-action = اقدام مقابله‌ای
kind-grouping = گروه‌بندی
kind-identity = هویت
kind-incident = رخداد
kind-indicator = شاخص
kind-infrastructure = زیرساخت
kind-intrusion-set = مجموعهٔ نفوذ
kind-location = مکان
kind-malware = بدافزار
kind-malware-analysis = تحلیل بدافزار
kind-note = یادداشت
kind-observed-data = دادهٔ مشاهده‌شده
kind-opinion = نظر
kind-report = گزارش
kind-threat-actor = بازیگر تهدید
kind-tool = ابزار
kind-vulnerability = آسیب‌پذیری
kind-relationship = رابطه
kind-sighting = مشاهده
kind-artifact = آرتیفکت
kind-autonomous-system = سیستم خودمختار
kind-directory = پوشه
kind-domain-name = نام دامنه
kind-email-addr = نشانی ایمیل
kind-email-message = پیام ایمیل
kind-file = فایل
kind-ipv4-addr = نشانی IPv4
kind-ipv6-addr = نشانی IPv6
kind-mac-addr = نشانی MAC
kind-mutex = میوتکس
kind-network-traffic = ترافیک شبکه
kind-process = فرایند
kind-software = نرم‌افزار
kind-url = URL
kind-user-account = حساب کاربری
kind-windows-registry-key = کلید رجیستری ویندوز
kind-x509-certificate = گواهی X.509
kind-marking-definition = تعریف نشانه‌گذاری
kind-language-content = ترجمه
kind-extension-definition = تعریف افزونه

## ویژگی‌های اشیای STIX، به همان نامی که در صفحهٔ شیء آمده است

prop-name = نام
prop-description = شرح
prop-aliases = نام‌های دیگر
prop-first_seen = نخستین بار دیده‌شده
prop-last_seen = آخرین بار دیده‌شده
prop-objective = هدف
prop-goals = اهداف
prop-sophistication = سطح پیچیدگی
prop-resource_level = منابع
prop-primary_motivation = انگیزهٔ اصلی
prop-secondary_motivations = انگیزه‌های دیگر
prop-personal_motivations = انگیزه‌های شخصی
prop-roles = نقش‌ها
prop-threat_actor_types = انواع بازیگر تهدید
prop-indicator_types = انواع شاخص
prop-pattern = الگو
prop-pattern_type = زبان الگو
prop-pattern_version = نسخهٔ زبان الگو
prop-valid_from = معتبر از
prop-valid_until = معتبر تا
prop-kill_chain_phases = مراحل زنجیرهٔ کشتار
prop-malware_types = انواع بدافزار
prop-is_family = خانوادهٔ بدافزار
prop-capabilities = قابلیت‌ها
prop-tool_types = انواع ابزار
prop-tool_version = نسخهٔ ابزار
prop-infrastructure_types = انواع زیرساخت
prop-published = تاریخ نشر
prop-report_types = انواع گزارش
prop-object_refs = موارد پوشش‌داده‌شده
prop-context = زمینه
prop-content = محتوا
prop-abstract = چکیده
prop-authors = نویسندگان
prop-opinion = نظر
prop-explanation = توضیح
prop-first_observed = نخستین مشاهده
prop-last_observed = آخرین مشاهده
prop-number_observed = دفعات مشاهده
prop-latitude = عرض جغرافیایی
prop-longitude = طول جغرافیایی
prop-precision = دقت (متر)
prop-region = منطقه
prop-country = کشور
prop-administrative_area = ناحیهٔ اداری
prop-city = شهر
prop-street_address = نشانی
prop-postal_code = کد پستی
prop-identity_class = نوع هویت
prop-sectors = بخش‌ها
prop-contact_information = اطلاعات تماس
prop-relationship_type = رابطه
prop-source_ref = از
prop-target_ref = به
prop-start_time = از
prop-stop_time = تا
prop-sighting_of_ref = موضوع مشاهده
prop-observed_data_refs = داده‌های مشاهده‌شده
prop-where_sighted_refs = محل مشاهده
prop-count = تعداد
prop-summary = خلاصه
prop-value = مقدار
prop-hashes = هش‌ها
prop-external_references = ارجاعات خارجی
prop-labels = برچسب‌ها
prop-confidence = میزان اطمینان
prop-lang = زبان
prop-created = زمان نگارش
prop-modified = آخرین تغییر
prop-revoked = باطل‌شده
prop-resolves_to_refs = ترجمه می‌شود به
prop-belongs_to_refs = متعلق به
prop-size = اندازه
prop-mime_type = نوع رسانه
prop-number = شماره
prop-display_name = نام نمایشی
prop-user_id = شناسهٔ کاربر
prop-sample_refs = نمونه‌ها
prop-operating_system_refs = سیستم‌عامل‌ها
prop-implementation_languages = زبان‌های برنامه‌نویسی
prop-architecture_execution_envs = محیط‌های اجرا
prop-object_modified = نسخهٔ ترجمه‌شده
prop-contents = ترجمه‌ها
prop-definition_type = نوع نشانه‌گذاری
prop-definition = نشانه‌گذاری
prop-statement = بیانیه
prop-x_opencti_aliases = نام‌های دیگر (OpenCTI)

## رابطه‌ها، به شکل جمله روی اشیایی که به هم پیوند می‌دهند

rel-attributed-to = منتسب به
rel-authored-by = پدیدآوردهٔ
rel-based-on = مبتنی بر
rel-beacons-to = بیکن می‌فرستد به
rel-characterizes = توصیف می‌کند
rel-communicates-with = ارتباط دارد با
rel-compromises = به خطر می‌اندازد
rel-consists-of = تشکیل‌شده از
rel-controls = کنترل می‌کند
rel-delivers = منتقل می‌کند
rel-derived-from = برگرفته از
rel-downloads = دانلود می‌کند
rel-drops = رها می‌کند
rel-duplicate-of = تکراریِ
rel-exfiltrates-to = داده را خارج می‌کند به
rel-exploits = بهره‌برداری می‌کند از
rel-has = دارد
rel-hosts = میزبانی می‌کند
rel-impersonates = جعل هویت می‌کند
rel-indicates = نشان‌دهندهٔ
rel-investigates = بررسی می‌کند
rel-located-at = واقع در
rel-mitigates = مقابله می‌کند با
rel-originates-from = برخاسته از
rel-owns = مالکِ
rel-related-to = مرتبط با
rel-remediates = رفع می‌کند
rel-resolves-to = ترجمه می‌شود به
rel-targets = هدف قرار می‌دهد
rel-uses = به کار می‌گیرد
rel-variant-of = گونه‌ای از

## یک گروه تحت پیگیری

group-object-itself = گروه به‌صورت اطلاعات
group-status-over-time = وضعیت در گذر زمان
group-no-status = وضعیتی ثبت نشده است.
group-new-status = وضعیت تازه
group-note = یادداشت
group-record = ثبت وضعیت
group-status-kept-by = وضعیت این گروه را عضوی که آن را به اشتراک گذاشته است و دبیرخانه به‌روز نگه می‌دارند.
group-known-locations = مکان‌های شناخته‌شده
group-no-locations = در آنچه می‌توانید ببینید، موردی نیست.
group-timeline = خط زمانی
group-timeline-none = هنوز چیزی که بتوانید ببینید به این گروه اشاره نمی‌کند.
group-status-line = { $state } از { $date } ({ $member })
group-status-note = { $state } از { $date } ({ $member }): { $note }
group-state-active = فعال
group-state-dormant = خفته
group-state-disrupted = مختل‌شده
group-state-dismantled = منهدم‌شده

## مدیریت

admin-title = مدیریت
admin-accounts-elsewhere = کاربران و توکن‌ها و گواهی‌هایشان در صفحه‌های کاربران‌اند؛ گذرواژه، عامل دوم و توکن‌های خودتان در صفحهٔ حساب شماست.
admin-users-pages = کاربران
admin-your-account = حساب شما
admin-second-factor = عامل دوم
admin-second-factor-required = هر کسی که با گذرواژه وارد می‌شود باید عامل دوم داشته باشد.
confirm-title = تأیید
confirm-cancel = انصراف
user-disable-consequence = { $user } دیگر نمی‌تواند وارد شود و همهٔ نشست‌ها و توکن‌های { $user } بی‌درنگ از کار می‌افتند. مدیر می‌تواند حساب را دوباره فعال کند.
user-disable-confirm = غیرفعال‌سازی { $user }
token-revoke-consequence = توکن { $name } بی‌درنگ از کار می‌افتد و از این پس هر سامانه‌ای که از آن استفاده کند پذیرفته نمی‌شود. توکنِ باطل‌شده را نمی‌توان بازگرداند؛ اگر هنوز لازم است، توکن تازه‌ای صادر کنید.
token-revoke-confirm = ابطال توکن
admin-second-factor-require-consequence = هر کسی که با گذرواژه وارد می‌شود به عامل دوم نیاز خواهد داشت. از کاربرانی که آن را ندارند خواسته می‌شود در ورود بعدی، پیش از هر کاری، آن را راه‌اندازی کنند.
admin-second-factor-stop-consequence = کاربران دوباره می‌توانند تنها با گذرواژه وارد شوند، مگر آنکه خودشان عامل دوم را برگزیده باشند.
stat-publish-tick = برای انتشار، کادر را علامت بزنید: گزارش برای همهٔ اعضا فرستاده می‌شود و نمی‌توان آن را پس گرفت.
stat-publish-consequence = گزارش برای همهٔ اعضای مرکز فرستاده می‌شود و در میان گزارش‌های منتشرشده می‌ماند. نمی‌توان آن را پس گرفت.
certificate-revoke-consequence = گواهی { $name } بی‌درنگ رد می‌شود و سامانه‌ای که آن را ارائه کند دیگر نمی‌تواند وصل شود. گواهیِ باطل‌شده را نمی‌توان بازگرداند؛ اگر هنوز لازم است، گواهی تازه‌ای ثبت کنید.
certificate-revoke-confirm = ابطال گواهی
admin-second-factor-require-you = هر کسی که با گذرواژه وارد می‌شود به عامل دوم نیاز خواهد داشت، از جمله خود شما: شما هنوز عامل دوم ندارید و بلافاصله پس از این، پیش از هر کاری، آن را راه‌اندازی خواهید کرد. از کاربرانی که آن را ندارند خواسته می‌شود در ورود بعدی آن را راه‌اندازی کنند.
admin-second-factor-stop = لغو الزام
admin-second-factor-optional = داشتن عامل دوم به انتخاب هر کاربر است.
admin-second-factor-require = الزامی کردن برای همه
admin-second-factor-now-required = از این پس هر کسی که با گذرواژه وارد می‌شود باید عامل دوم داشته باشد؛ از کسانی که آن را ندارند خواسته می‌شود پیش از هر کاری آن را راه‌اندازی کنند.
admin-second-factor-no-longer = عامل دوم دیگر الزامی نیست.
admin-export = برون‌ریزی
admin-export-link = برون‌ریزی هر آنچه { $member } اجازهٔ دیدنش را دارد، در قالب یک بستهٔ STIX
admin-export-progress = پیشرفت برون‌ریزی
admin-export-received = { $size } مگابایت دریافت شد
admin-export-failed = برون‌ریزی ناموفق بود (HTTP { $status }).
admin-export-interrupted = برون‌ریزی قطع شد و چیزی ذخیره نشد. دوباره تلاش کنید.
admin-export-done = { $size } مگابایت برون‌ریزی شد.
admin-collections = مجموعه‌ها
admin-collection = مجموعه
admin-alias = نام مستعار
admin-default-tlp = TLP پیش‌فرض
admin-everyone-reads = خواندن برای همه
admin-everyone-writes = نوشتن برای همه
admin-sharing-groups = گروه‌های اشتراک‌گذاری
admin-group = گروه
admin-group-members = اعضا
admin-noisy-keys = کلیدهای همبستگی پرتکرار و کنارگذاشته‌شده
admin-key = کلید
admin-key-objects = اشیا
admin-key-excluded = کنارگذاشته‌شده

## گزارش ممیزی

audit-title = گزارش ممیزی
audit-intro = کل گزارش، از جدیدترین به قدیمی‌ترین، صد مورد در هر صفحه. با این فرمان نیز خوانده و زنجیره‌اش بررسی می‌شود:
audit-action = اقدام
audit-filter = اعمال فیلتر
audit-when = زمان
audit-actor = انجام‌دهنده
audit-subject = موضوع

## نقشه

map-count = { $count ->
    [0] در اطلاعاتی که برای شما منتشر شده است، هیچ مکانی نیامده است.
    [one] در اطلاعاتی که برای شما منتشر شده است، یک مکان آمده است.
   *[other] در اطلاعاتی که برای شما منتشر شده است، { $count } مکان آمده است.
}
map-offline = نقشهٔ جهان از داده‌های Natural Earth که همراه Liaison عرضه می‌شود رسم شده است؛ از هیچ سرور کاشی نقشه استفاده نمی‌شود.
map-zoom = بزرگ‌نمایی و کوچک‌نمایی
map-zoom-in = بزرگ‌نمایی
map-zoom-out = کوچک‌نمایی
map-world = کل جهان
map-fit = همهٔ مکان‌ها
map-zoom-here = بزرگ‌نمایی روی اینجا
map-legend-group = مکانی که یک گروه تحت پیگیری در آن مستقر است
map-legend-place = مکانی که در اطلاعات از آن نام برده شده است
map-places = مکان‌ها
map-place = مکان
map-groups = گروه‌های مستقر در آنجا

## یک نشست

meeting-held = نشست { $kind }، از { $starts } تا { $ends } به وقت UTC
meeting-calendar-file = فایل تقویم
meeting-pack = بستهٔ اسناد نشست برای چاپ
meeting-agenda = دستور کار
meeting-withheld = (اطلاعات مرتبط برای شما منتشر نشده است)
meeting-add-item = افزودن بند به دستور کار
meeting-item-title = عنوان
meeting-item-link = مرتبط با
meeting-item-no-link = هیچ‌چیز
meeting-link-statistics = آمار از زمان تأسیس مرکز
meeting-link-vote = رأی‌گیری: { $title }
meeting-link-application = درخواست عضویت: { $member }
meeting-link-report = آمار منتشرشده: { $title }
meeting-item-object = یا اطلاعات، با شناسهٔ STIX آن (اختیاری)
meeting-agenda-title-needed = برای بند عنوانی بنویسید.
meeting-agenda-link-unknown = موردی را که بند به آن مرتبط است از فهرست برگزینید.
meeting-agenda-one-link = بند را فقط به یک مورد پیوند دهید: یا از فهرست، یا با شناسهٔ STIX.
meeting-add = افزودن
meeting-attendance = حضور و غیاب
meeting-not-recorded = ثبت نشده است.
meeting-present = حاضر
meeting-absent = غایب
meeting-record-attendance = ثبت حضور و غیاب
meeting-delegates = حاضران از طرف عضو (نام‌ها)
meeting-record = ثبت
meeting-minutes = صورت‌جلسه
meeting-minutes-markdown = صورت‌جلسه (Markdown)
meeting-save = ذخیره
meeting-decisions = تصمیم‌ها
meeting-decided = در نشست اتخاذ شد
meeting-record-decision = ثبت تصمیم
meeting-decision = تصمیم
meeting-decision-item = ذیل بند دستور کار
meeting-item-none = هیچ‌کدام
meeting-decision-how = نحوهٔ اتخاذ
meeting-decision-recorded = در نشست اتخاذ شده است: ثبت شود
meeting-decision-vote = به رأی اعضا گذاشته شود (با اکثریت رأی‌های داده‌شده، به شرط مشارکت دست‌کم نیمی از اعضا)
meeting-decision-days-label = مدت باز بودن رأی‌گیری (روز)
meeting-decision-needed = متن تصمیم را بنویسید.
meeting-decision-item-unknown = بند دستور کار را از فهرست برگزینید.
meeting-decision-days = رأی‌گیری از ۱ تا ۳۶۵ روز باز می‌ماند.
meeting-actions = اقدام‌ها
meeting-add-action = افزودن اقدام
meeting-action = اقدام
meeting-assignee = مسئول
action-status-open = باز
action-status-done = انجام‌شده
action-status-cancelled = لغوشده

## ارسال اطلاعات

submit-title = ارسال اطلاعات
submit-refused = چیزی ذخیره نشد. موارد مشخص‌شده در پایین را اصلاح کنید و دوباره ارسال کنید؛ آنچه نوشته‌اید حفظ شده است.
submit-report = گزارش
submit-name = عنوان
submit-description = خلاصه
submit-entities = موضوع گزارش
submit-actor = بازیگر تهدید یا گروه
submit-actor-hint = هنگام تایپ، گروهی را که از پیش می‌شناسید از فهرست برگزینید، یا نام تازه‌ای بنویسید.
submit-indicators = شاخص‌ها، در هر سطر یکی: نشانی‌های IP، دامنه‌ها، URLها، نشانی‌های ایمیل، هش‌های MD5 یا SHA-256
submit-place = مکان
submit-place-hint = مکانی شناخته‌شده را از فهرست برگزینید، یا نام مکانی تازه را بنویسید و مختصات آن را وارد کنید.
submit-relation = رابطهٔ گروه با مکان
submit-since = از تاریخ
submit-markings = نشانه‌گذاری
submit-release-to = در سطح TLP:AMBER یا TLP:AMBER+STRICT، برای این اعضا نیز منتشر شود
submit-orcon = ORCON: گیرندگان اجازهٔ انتشار دوبارهٔ آن را ندارند
submit-button = ارسال گزارش
submit-import = درون‌ریزی بستهٔ STIX
submit-bundle = فایل بسته (JSON)
submit-import-button = درون‌ریزی
submit-import-progress = پیشرفت بارگذاری
submit-import-sent = { $percent }٪ فرستاده شد
submit-import-checking = فرستاده شد؛ مرکز در حال بررسی و ذخیرهٔ اشیاست.
submit-imported-all = { $count ->
    [one] شیء درون‌ریزی شد.
   *[other] هر { $count } شیء درون‌ریزی شد.
}
submit-imported-some = { $stored } از { $total } شیء درون‌ریزی شد.
submit-import-refused = این اشیا رد شدند؛ بقیه ذخیره شده‌اند:

## آمار و دستاوردها

stat-title = آمار و دستاوردها
stat-presets = بازه‌های زمانی
stat-preset-founding = از زمان تأسیس مرکز
stat-preset-12-months = ۱۲ ماه گذشته
stat-preset-this-year = سال جاری میلادی
stat-preset-30-days = ۳۰ روز گذشته
stat-from = از تاریخ
stat-to = تا تاریخ (بدون احتساب خود آن روز)
stat-show = نمایش
stat-printable = نسخهٔ قابل چاپ
stat-compiling = آمار این دوره از روی همهٔ داده‌های مرکز در حال محاسبه است؛ در مرکزی بزرگ، نخستین محاسبه مدتی طول می‌کشد. این صفحه هر چند ثانیه یک بار دوباره بارگذاری می‌شود و ارقام را به‌محض آماده شدن نمایش می‌دهد.
stat-published = آمار منتشرشده
stat-published-line = از { $from } تا { $to }، منتشرشده از سوی { $by }
stat-publish = انتشار آمار
stat-publishing = در حال انتشار: آمار کل مرکز در حال محاسبه است. در مرکزی بزرگ این کار چند ثانیه طول می‌کشد؛ گزارش به‌محض آماده شدن باز می‌شود.
stat-on-agenda = در دستور کار نشست
stat-no-meeting = بدون نشست
stat-publish-button = انتشار گزارش
stat-choose-meeting = نشستی را از فهرست برگزینید.
stat-no-such-meeting = چنین نشستی وجود ندارد.
stat-period = { $center } · از { $from } تا { $to } به وقت UTC
stat-generated = محاسبه‌شده در { $at } به وقت UTC
stat-scope-viewer = جمع‌ها کل مرکز را در بر می‌گیرد. ارقام به تفکیک عضو فقط اطلاعاتی را می‌شمارد که برای { $member } منتشر شده است.
stat-scope-published = گزارش شمارهٔ { $id }، منتشرشده از سوی { $by }: ارقام به تفکیک عضو همهٔ اطلاعات را می‌شمارد.
stat-printable-title = { $center } — آمار
stat-totals = جمع‌ها در سطح کل مرکز
stat-charts = نمودارها
stat-by-member = به تفکیک عضو
stat-nothing = در این دوره موردی نیست.
stat-contributed = اطلاعات ارائه‌شده
stat-received = اطلاعات دریافتی
stat-sightings = مشاهده‌ها
stat-correlated = اطلاعات همبسته با اطلاعات عضوی دیگر
stat-rfis_sent = درخواست‌های اطلاعات ارسال‌شده
stat-rfis_answered = درخواست‌های اطلاعات پاسخ‌داده‌شده
stat-rfi_median_response_hours = میانهٔ زمان تا نخستین پاسخ
stat-hit_questions = استعلام‌های وجود اطلاعات
stat-hits = استعلام‌های با پاسخ مثبت
stat-release_requests_granted = درخواست‌های انتشار تأییدشده
stat-outcomes = نتایج
stat-meetings = نشست‌ها
stat-minutes = { $n } دقیقه
stat-hours = { $n } ساعت
stat-days = { $n } روز
stat-chart-trend = اطلاعات ارائه‌شده در هر ماه
stat-chart-by-type = اطلاعات ارائه‌شده به تفکیک نوع
stat-chart-by-tlp = اطلاعات ارائه‌شده به تفکیک سطح TLP
stat-chart-contributed-by-member = اطلاعات ارائه‌شده به تفکیک عضو
stat-chart-received-by-member = اطلاعات دریافتی به تفکیک عضو
stat-chart-outcomes = نتایج به تفکیک نوع
stat-chart-members = شمار اعضا در پایان هر ماه

## آنچه کاربر در انتظارش است و آنچه هم‌اکنون انجام شد

home-our-requests = درخواست‌های انتشار ما
home-our-request = { $what } از { $originator }
home-released-count = { $count ->
    [one] { $count } شیء منتشر شد
   *[other] { $count } شیء منتشر شد
}
home-cast = رأی‌های ما در رأی‌گیری‌هایی که هنوز باز است
release-status-pending = در انتظار تصمیم
release-status-approved = تأییدشده
release-status-refused = ردشده
done-release-requested = درخواست انتشار شما فرستاده شد؛ افسران رابط عضو مبدأ دربارهٔ آن تصمیم می‌گیرند و تا آن زمان در فهرست زیر می‌ماند.
done-release-approved = انتشار تأیید شد: سازمان درخواست‌کننده اکنون آنچه را درخواست کرده بود می‌بیند.
done-release-refused = درخواست انتشار رد شد و به سازمان درخواست‌کننده اطلاع داده شد.
## تاریخ و ساعت، آن‌گونه که هر خواننده می‌خواند

dates = تاریخ و ساعت
dates-now = اکنون
dates-calendar = تقویم
dates-calendar-follow = تقویم معمول زبانم
calendar-gregorian = میلادی
calendar-persian = هجری شمسی
calendar-islamic = هجری قمری (ام‌القری)
dates-zone = منطقهٔ زمانی
dates-zone-hint = نام یک منطقهٔ زمانی، مانند Asia/Tehran یا Europe/Paris؛ برای UTC خالی بگذارید. اگر نشانگر را روی زمانی نگه دارید، آن زمان به وقت UTC نشان داده می‌شود.
dates-save = ذخیره
dates-saved = تقویم و منطقهٔ زمانی شما ذخیره شد؛ از این پس همهٔ صفحه‌ها تاریخ‌ها را بر این اساس نمایش می‌دهند.
## بستهٔ اسناد نشست برای چاپ

pack-title = { $title } — بستهٔ اسناد نشست
pack-convened = این نشست را { $member } در { $date } به وقت UTC فراخوانده است. تاریخ چاپ: { $printed } به وقت UTC.
pack-for-member = حاضران از طرف عضو
pack-due = مهلت (به وقت UTC)
pack-overdue = (معوق)
pack-vote-open = به رأی اعضا گذاشته شده است؛ رأی‌گیری باز است
pack-vote-closed = { $outcome } با رأی اعضا
pack-link-rfi = درخواست اطلاعات شمارهٔ { $id }: { $question }
no = خیر

## جست‌وجو: فیلترها و صفحه‌ها

search-filtered-by = فیلترشده بر اساس:
search-remove-filter = حذف فیلتر
search-pages = صفحه‌های نتایج
search-newest = تازه‌ترین نتایج
search-older = نتایج قدیمی‌تر
## درخواست‌های عضویت

applications = درخواست‌های عضویت
application-sponsored = با حمایت { $member }
application-applied = تاریخ درخواست: { $date }
application-vote = رأی‌گیری اعضا دربارهٔ این درخواست
application-record = ثبت درخواست عضویت
application-name = نام کوتاه
application-name-hint = حروف کوچک لاتین، ارقام و خط تیره؛ همان نامی که سازمان در مرکز با آن شناخته خواهد شد (مثلاً delta).
application-display-name = نام کامل
application-description = معرفی سازمان و دلیل درخواست عضویت
application-contact = اطلاعات تماس
application-sponsor = حامی (عضوی با حقوق کامل)
application-no-sponsor = بدون حامی
application-submit = ثبت درخواست و آغاز رأی‌گیری
done-applied = درخواست ثبت شد و رأی‌گیری اعضا دربارهٔ آن باز است.
object-done-translation = ترجمهٔ شما افزوده شد: خوانندگان آن زبان این مورد را به آن زبان می‌بینند.
object-translated = به زبان شما نمایش داده می‌شود، همان‌گونه که { $member } ترجمه کرده است ({ $translation }). { $original }
object-translated-earlier = به زبان شما نمایش داده می‌شود، همان‌گونه که { $member } نسخه‌ای پیشین از آن را ترجمه کرده است ({ $translation }). { $original }
object-the-translation = ترجمه
object-show-original = نمایش متن اصلی
object-translation-available = ترجمه‌ای به زبان شما هست: { $link }.
object-show-translation = نمایش آن
object-translate = ترجمه
object-translate-help = ترجمهٔ عضو خود از نام و توضیح آن را بیفزایید. ترجمه فراتر از خود این مورد نمی‌رود؛ خوانندگان آن زبان این مورد را به آن زبان می‌بینند و متن اصلی با یک کلیک در دسترس است.
object-translation-language = زبان
object-translation-name = نام ترجمه‌شده
object-translation-description = توضیح ترجمه‌شده
object-add-translation = افزودن ترجمه
object-translated-by = { $member } آن را { $into } ترجمه کرد
language-into = { $tag ->
    [ar] به عربی
    [fa] به فارسی
    [ru] به روسی
    [fr] به فرانسوی
    [en] به انگلیسی
   *[other] به { $tag }
}
refusal-title-required = مجموعه باید عنوان داشته باشد
refusal-name-required = نام این هویت را همان‌گونه که شناخته می‌شود وارد کنید (حداکثر ۲۰۰ نویسه، به هر خطی)
refusal-name-required-2 = برای گواهی نامی تا ۱۰۰ نویسه وارد کنید، مانند نام سامانه‌ای که از آن استفاده می‌کند
refusal-pem-bad-certificate = این گواهی به‌عنوان گواهی X.509 قابل خواندن نیست
refusal-pem-bad-pem = هیچ گواهی‌ای یافت نشد
refusal-pem-another-members-certificate = این گواهی را مرجع صدور ثبت‌شدهٔ عضو دیگری صادر کرده است؛ نمی‌تواند معرف کاربری از این عضو باشد
refusal-value-out-of-range = دربارهٔ یک مقدار با طول ۱ تا ۵۱۲ نویسه استعلام کنید: نشانی، دامنه، هش، ایمیل، شمارهٔ تلفن یا نام
refusal-target-own-member = عضو مبدأ اطلاعات خود را از پیش می‌بیند؛ عضو دیگری را برای انتشار تعیین کنید
refusal-reason-required = دلیل نیاز به انتشار را بیان کنید ('reason')؛ عضو مبدأ دربارهٔ آن تصمیم می‌گیرد
refusal-api-root-bad-url = ریشهٔ API باید نشانی‌ای با http:// یا https:// باشد، مانند https://taxii.example.org/api1/
refusal-api-root-credential-in-url = نام کاربری یا گذرواژه را در نشانی قرار ندهید؛ آن‌ها را به‌عنوان اعتبارنامهٔ منبع داده وارد کنید که به‌صورت رمزنگاری‌شده نگهداری می‌شود
refusal-api-root-credential-in-clear = اعتبارنامه فقط از طریق https:// ارسال می‌شود (http:// ساده فقط برای همین دستگاه مجاز است)
refusal-remote-collection-required = شناسهٔ مجموعهٔ راه دور را همان‌گونه که سرور آن در collections/ فهرست کرده است وارد کنید
refusal-auth-bad-choice = روش احراز هویت باید یکی از none، basic، bearer یا certificate باشد
refusal-secret-unused = روش احراز هویت 'none' اعتبارنامه نمی‌پذیرد
refusal-secret-required = احراز هویت HTTP Basic به نام کاربری و گذرواژه نیاز دارد
refusal-secret-required-2 = توکن bearer لازم است
refusal-secret-required-3 = گواهی کلاینت باید به‌صورت PEM وارد شود: خود گواهی و کلید خصوصی آن
refusal-ca-not-https = مرجع صدور گواهی فقط برای ریشهٔ API با https:// کاربرد دارد
refusal-release-to-not-amber = فهرست‌های انتشار فقط برای TLP:AMBER و TLP:AMBER+STRICT کاربرد دارند
refusal-reason-required-2 = دلیل تغییر را وارد کنید ('--reason')؛ این دلیل در سوابق عضو نگهداری می‌شود
refusal-description-required = درخواست عضویت باید شرح و اطلاعات تماس داشته باشد
refusal-days-out-of-range = مدت رأی‌گیری پذیرش باید بین ۱ تا ۳۶۵ روز باشد
refusal-term-months-out-of-range = مدت هر دوره باید بین ۱ تا ۶۰ ماه باشد
refusal-title-required-2 = نشست باید عنوان داشته باشد
refusal-ends-before-start = پایان نشست باید پس از آغاز آن باشد
refusal-title-required-3 = اقدام باید عنوان داشته باشد
refusal-title-required-4 = بند دستور کار باید عنوان داشته باشد
refusal-text-required = متن تصمیم را وارد کنید
refusal-question-required = پرسش درخواست اطلاعات را وارد کنید
refusal-deadline-not-in-future = مهلت باید در آینده باشد
refusal-to-no-recipient = هیچ عضوی برای طرح پرسش وجود ندارد
refusal-text-required-2 = پاسخ باید شامل متن یا اشیا باشد
refusal-q-required = دست‌کم یک واژه برای جست‌وجو وارد کنید
refusal-q-too-long = عبارت جست‌وجو باید حداکثر ۵۰۰ نویسه باشد
refusal-to-before-start = پایان بازه باید پس از آغاز آن باشد
refusal-name-required-3 = عنوان گزارش را وارد کنید
refusal-location-out-of-range = عرض جغرافیایی باید عددی از -90 تا 90 و طول جغرافیایی عددی از -180 تا 180 باشد
refusal-place-relation-unknown = نوع ارتباط گروه با مکان را از فهرست انتخاب کنید
refusal-since-not-a-date = تاریخ میلادی را به‌صورت سال-ماه-روز وارد کنید، مثلاً 2026-03-01
refusal-actor-restricted = گروهی با این نام برای شما با سطح انتشاری محدودتر از انتشار به همهٔ اعضا ثبت شده است: گزارش مربوط به آن را از صفحهٔ خود گروه ثبت کنید، یا برای گروه جدید نام دیگری برگزینید
refusal-location-restricted = مکانی با این نام برای شما با سطح انتشاری محدودتر از انتشار به همهٔ اعضا ثبت شده است: برای مکان جدید نام دیگری برگزینید و مختصات آن را وارد کنید
refusal-location-place-exists = مکانی با این نام از قبل ثبت شده است: برای استفاده از آن، مختصات را خالی بگذارید، یا برای مکان جدید نام دیگری برگزینید
refusal-location-coordinates-needed = هنوز مکانی با این نام ثبت نشده است: عرض و طول جغرافیایی آن را وارد کنید
refusal-indicators-nothing-referred = گزارش باید به موردی ارجاع دهد: یک بازیگر تهدید، یک شاخص یا یک مکان اضافه کنید
refusal-language-not-a-language = زبان ترجمه را با برچسبی مانند ar، fa، ru، fr یا en انتخاب کنید
refusal-name-required-4 = نام، شرح یا هر دو را ترجمه کنید
refusal-objects-required = نتیجه باید به اطلاعاتی که به آن منجر شده است پیوند داده شود ('objects')
refusal-name-required-5 = برای توکن نامی تا ۱۰۰ نویسه وارد کنید، مانند نام کلاینت TAXII که از آن استفاده خواهد کرد
refusal-expires-in-the-past = تاریخ انقضای توکن باید در آینده باشد، یا آن را بدون انقضا بگذارید
refusal-current-password-wrong = این گذرواژهٔ فعلی شما نیست
refusal-password-unchanged = گذرواژه‌ای غیر از گذرواژهٔ فعلی انتخاب کنید
refusal-roles-center-role = فقط مدیران مرکز می‌توانند نقش‌های administrator و secretariat را اعطا کنند
refusal-roles-secretariat-only = نقش secretariat مختص کاربران دبیرخانهٔ مرکز است
refusal-roles-required = دست‌کم یک نقش به کاربر بدهید: analyst، liaison_officer، delegate، member_administrator (یا برای مرکز: secretariat، administrator)
refusal-roles-center-role-2 = این کاربر یکی از نقش‌های مرکز را دارد؛ فقط مدیران مرکز می‌توانند نقش‌های او را تغییر دهند
refusal-roles-own-role = نمی‌توانید نقش administrator خود را حذف کنید؛ از مدیر دیگری بخواهید
refusal-disabled-own-account = نمی‌توانید حساب کاربری خود را غیرفعال کنید
refusal-display-name-required = نام نمایشی باید بین ۱ تا ۲۰۰ نویسه باشد
refusal-code-wrong = این کد مطابقت ندارد؛ ساعت برنامهٔ احراز هویت را بررسی کنید و کدی را که هم‌اکنون نمایش می‌دهد وارد کنید
refusal-code-not-started = از نو شروع کنید: ابتدا برنامهٔ احراز هویت را راه‌اندازی کنید
refusal-url-credential-in-url = نام کاربری یا گذرواژه را در نشانی وب‌هوک قرار ندهید؛ گیرنده به‌جای آن امضا را بررسی می‌کند
table-range = { $first }–{ $last } از { $total }
table-previous = صفحهٔ پیشین
table-next = صفحهٔ بعد
table-pages = صفحه‌های فهرست
table-filters = محدود کردن فهرست
table-filter = نمایش
table-all = همه
table-clear = پاک کردن فیلترها
table-none-filtered = هیچ موردی در فهرست با این فیلترها مطابقت ندارد.
groups-window = برگرفته از تازه‌ترین { $count } گروهی که می‌توانید ببینید.
stat-top-groups = گروه‌هایی که بیشترین گزارش درباره‌شان آمده است
stat-top-groups-note = گروه‌های پیگیری‌شده‌ای که بیشترین اطلاعات به‌اشتراک‌گذاشته در این دوره به آن‌ها اشاره دارد (روابط، مشاهده‌ها، گزارش‌ها). فقط گروه‌هایی نام برده می‌شوند که برای همهٔ اعضا منتشر شده‌اند.
stat-group = گروه
stat-group-kind = نوع
stat-group-objects = اطلاعاتی که به آن اشاره دارد
stat-achievements = دستاوردها
stat-achievements-note = نتایج این دوره و اطلاعاتی که به آن‌ها انجامید، از جدیدترین به قدیمی‌ترین. فقط اطلاعاتی نام برده می‌شود که برای همهٔ اعضا منتشر شده است؛ بقیه فقط شمرده می‌شود.
stat-achievement = { $kind } در { $date }، ثبت‌شده از سوی { $member }
stat-achievement-led-by = حاصل از:
stat-achievement-from = به اشتراک گذاشته‌شده از سوی { $members }
stat-achievement-withheld = { $n ->
    [one] یک مورد مرتبط دیگر برای همهٔ اعضا منتشر نشده است.
   *[other] { $n } مورد مرتبط دیگر برای همهٔ اعضا منتشر نشده است.
}
submit-release-to-users = در سطح TLP:RED، برای این افراد به نام منتشر شود
submit-recipient-filter = یافتن یک نفر
refusal-release-to-users-not-red = گیرندگان نام‌برده فقط برای TLP:RED کاربرد دارند؛ TLP:RED را برگزینید یا برای اعضا منتشر کنید
audit-action-hint = یک اقدام، یا آغاز آن: objects، objects.read، member.
audit-from = از (به وقت شما)
audit-to = تا (بدون خودِ آن)
audit-newest = جدیدترین موارد
audit-older = موارد قدیمی‌تر
audit-no-such-member = یک عضو را از فهرست برگزینید.
vote-awaiting = در انتظار رأی عضو شما
vote-title-admission = پذیرش { $member }
refusal-value-no-member = هیچ عضوی به نام '{ $value }' نیست
refusal-value-no-recipient = هیچ کاربر مجاز به خواندن به نام '{ $value }' نیست؛ گیرندگان را از فهرست برگزینید
refusal-value-no-assignee = هیچ عضوی به نام '{ $value }' نیست؛ فهرست اعضا نام‌ها را می‌دهد
refusal-value-zone-iana = '{ $value }' منطقهٔ زمانی نیست: نامی از IANA مانند Europe/Brussels یا Asia/Tehran به کار ببرید
refusal-value-zone-meeting = '{ $value }' نام منطقهٔ زمانی مانند Europe/Brussels یا UTC نیست
refusal-value-zone-reader = '{ $value }' نام منطقهٔ زمانی مانند Asia/Tehran، Europe/Paris یا UTC نیست
refusal-value-not-a-time = '{ $value }' باید تاریخ و ساعتی مانند 2026-12-01T09:00 یا تاریخی مانند 2026-12-01 باشد
refusal-value-not-a-tlp = '{ $value }' سطح TLP نیست: clear، green، amber، amber+strict یا red را به کار ببرید
refusal-value-sponsor = حامی '{ $value }' باید عضو کامل باشد
refusal-value-not-visible = { $value } موردی نیست که بتوانید ببینید؛ فقط آنچه را می‌بینید پیوند دهید
refusal-value-webhook-url = '{ $value }' نشانی وب‌هوک نیست: نشانی‌ای با http:// یا https:// بدهید
refusal-value-feed-user = موارد به نام کاربری از عضو '{ $value }' وارد می‌شوند؛ یکی را نام ببرید
refusal-password-too-short = گذرواژه دست‌کم ۱۲ نویسه دارد؛ چند واژهٔ بی‌ربط گذرواژهٔ خوبی می‌سازند
refusal-password-too-long = گذرواژه حداکثر ۲۵۶ نویسه دارد
refusal-password-length = گذرواژه ۱۲ تا ۲۵۶ نویسه دارد
refusal-feed-interval = هر ۱۰ ثانیه تا ۳۰ روز یک بار دریافت شود
not-active-notice = عضو شما، { $member }، در وضعیت «{ $status }» است: اطلاعات، راهبری و نشست‌های مرکز وقتی به روی افراد آن باز می‌شود که عضو یا ناظر باشد. تا آن زمان می‌توانید حساب خود را اینجا مدیریت کنید؛ دبیرخانهٔ مرکز اطلاعات بیشتری به شما می‌دهد.
refusal-value-applicant-users = '{ $value }' متقاضی عضویت است: افراد آن پس از پذیرش از سوی اعضا حساب می‌گیرند
vocab-activist = فعال
vocab-competitor = رقیب
vocab-crime-syndicate = باند جنایت سازمان‌یافته
vocab-criminal = مجرم
vocab-hacker = هکر
vocab-insider-accidental = خودی سهل‌انگار
vocab-insider-disgruntled = خودی ناراضی
vocab-nation-state = دولت
vocab-sensationalist = هیجان‌طلب
vocab-spy = جاسوس
vocab-terrorist = تروریست
vocab-unknown = نامعلوم
vocab-anomalous-activity = فعالیت غیرعادی
vocab-anonymization = ناشناس‌سازی
vocab-benign = بی‌خطر
vocab-compromised = نفوذشده
vocab-malicious-activity = فعالیت مخرب
vocab-attribution = انتساب
vocab-threat-report = گزارش تهدید
rfi-ask-liaison-only = درخواست‌های اطلاعات را افسران رابط هر عضو می‌فرستند و پاسخ می‌دهند؛ از افسر رابط خود بخواهید یکی بفرستد.
nav-notifications = اعلان‌ها
notices-title = اعلان‌ها
notices-intro = آنچه به عضو شما اطلاع داده شده، از جدیدترین به قدیمی‌ترین. صفحهٔ اصلی موارد تازه از آخرین باری که اینجا را دیدید نشان می‌دهد.
notices-new = تازه
home-news = تازه برای عضو شما
home-news-all = همهٔ اعلان‌ها
notice-rfi = { $from } پرسشی مطرح کرده است ({ $priority })، پاسخ تا { $deadline }
notice-rfi-answer = { $from } به درخواست اطلاعات عضو شما پاسخ داد
notice-rfi-reminder = مهلت درخواست اطلاعاتی که به عضو شما فرستاده شده { $deadline } است
notice-release-request = { $from } از عضو شما می‌خواهد اطلاعاتی را برای { $to } منتشر کند
notice-release-decision = { $originator } دربارهٔ درخواست انتشار عضو شما تصمیم گرفت: { $status }
notice-hit = { $asked_by } دربارهٔ مقداری پرسید که در اطلاعات عضو شما هست و برای او منتشر نشده است
notice-meeting = نشستی فراخوانده شد: { $title }
notice-meeting-minutes = صورت‌جلسهٔ { $title }
notice-meeting-agenda = موضوع تازه در دستور کار { $title }: { $item }
notice-meeting-decision = تصمیم در { $title }: { $item }
notice-action-item = اقدامی برای عضو شما: { $title }، مهلت { $due }
notice-statistics = آمار منتشر شد: { $title }
notice-other = اعلان: { $kind }

requests-title = درخواست‌های انتشار
requests-intro = درخواست‌هایی که عضو شما برای اطلاعاتی که هنوز اجازهٔ خواندنش را ندارد به اعضای دیگر فرستاده، و درخواست‌هایی که اعضای دیگر به عضو شما فرستاده‌اند. افسران رابط شما دربارهٔ درخواست‌های رسیده تصمیم می‌گیرند.
requests-none = عضو شما هیچ درخواست انتشاری نفرستاده و دریافت نکرده است.
requests-way = جهت
requests-asked-of-us = رسیده به ما
requests-sent-by-us = فرستاده‌شده از سوی ما
requests-asked-on = تاریخ درخواست
requests-what = موضوع درخواست
requests-decision = تصمیم
home-requests-all = همهٔ درخواست‌های انتشار
members-summary = { $members } عضو با وضعیت عادی، از { $known } عضوی که مرکز تاکنون داشته است.
members-all = همهٔ اعضا، با وضعیت و درخواست‌های عضویتشان
members-back = بازگشت به راهبری

error-next-401 = نشست شما پایان یافته یا هنوز وارد نشده‌اید. وارد شوید و دوباره صفحه را باز کنید.
error-next-403 = نقش‌های شما اجازهٔ این کار را نمی‌دهد. نقش‌ها را مدیر عضو شما می‌دهد؛ اگر کارتان به آن نیاز دارد از او بخواهید.
error-next-404 = چنین چیزی اینجا نیست، یا برای عضو شما منتشر نشده است. آن را جست‌وجو کنید، یا انتشارش را از عضو مبدأ آن بخواهید.
error-next-413 = آنچه فرستاده شد بزرگ‌تر از حدی است که این صفحه می‌پذیرد. آن را در بخش‌های کوچک‌تر بفرستید.
error-next-429 = تلاش‌های زیادی در زمانی کوتاه. یک دقیقه صبر کنید و دوباره امتحان کنید.
error-next-500 = هیچ‌چیز از آنچه پیش‌تر پذیرفته شده بود از دست نرفته است. دوباره امتحان کنید؛ اگر باز پیش آمد، زمان رخداد را به مدیران مرکز اطلاع دهید.
error-next-503 = سامانهٔ مرکز لحظه‌ای مشغول است. چند ثانیه صبر کنید و دوباره امتحان کنید.

applications-open = درخواست‌های عضویت در انتظار رأی اعضا
applications-all = همهٔ درخواست‌های عضویت و نتیجهٔ آن‌ها
application-applicant = متقاضی
application-applied-on = تاریخ درخواست

refusal-value-cannot-be-asked = نمی‌توان از '{ $value }' درخواست کرد، چون وضعیتش «{ $member_status }» است
refusal-value-rfi-closed = وضعیت این درخواست اطلاعات «{ $rfi_status }» است و دیگر پاسخی نمی‌پذیرد
refusal-value-rfi-already = وضعیت این درخواست اطلاعات از پیش «{ $rfi_status }» است
refusal-value-cannot-vote = عضو شما نمی‌تواند رأی دهد، چون وضعیتش «{ $member_status }» است
refusal-value-request-decided = دربارهٔ این درخواست پیش‌تر تصمیم گرفته شده است: { $release_status }
refusal-value-applicant-by-vote = '{ $value }' متقاضی عضویت است؛ با رأی پذیرش عضو می‌شود، نه با یک فرمان
refusal-value-founding = تنها یک عضو می‌تواند عضو مؤسس باشد؛ وضعیت '{ $value }' «{ $member_status }» است
refusal-value-invited = وضعیت '{ $value }' «{ $member_status }» است؛ تنها اعضا و ناظران دعوت می‌شوند
refusal-value-presidency = ریاست با عضوی با وضعیت عادی است؛ وضعیت '{ $value }' «{ $member_status }» است
refusal-value-identity-registered = { $value } پیش‌تر برای یک عضو ثبت شده است
refusal-value-identity-of = { $value } پیش‌تر یکی از هویت‌های عضو '{ $member }' است
refusal-value-identity-kind = '{ $value }' از نوع «{ $kind }» است؛ هر عضو با یک هویت (identity--UUID) پدیدآورندهٔ اطلاعات است
refusal-value-feed-exists = منبع داده‌ای به نام '{ $value }' از پیش هست
refusal-value-feed-user-disabled = کاربر منبع داده، '{ $value }'، غیرفعال است؛ کاربر دیگری را با `liaison feed` نام ببرید یا او را فعال کنید
refusal-analysts-only = اشتراک اطلاعات، مشاهده‌ها، نتایج، ترجمه‌ها و درخواست‌های انتشار کار تحلیلگر است؛ نقش تحلیلگر را از مدیر عضو خود بخواهید
refusal-value-feed-user-analyst = موارد به نام تحلیلگری از عضو '{ $value }' وارد می‌شوند؛ به '{ $user }' نقش تحلیلگر بدهید یا کاربر دیگری را نام ببرید
refusal-value-user-exists = کاربری به نام '{ $value }' از پیش هست
refusal-value-member-exists = عضوی به نام '{ $value }' از پیش هست
refusal-value-organisation-known = سازمانی به نام '{ $value }' از پیش برای مرکز شناخته‌شده است
refusal-value-collection-exists = مجموعه‌ای با نام مستعار '{ $value }' از پیش هست
refusal-value-group-exists = گروه اشتراکی به نام '{ $value }' از پیش هست
refusal-value-not-tracked = { $value } از نوع «{ $kind }» است؛ وضعیت تنها برای بازیگران تهدید، مجموعه‌های نفوذ و کارزارها نگه داشته می‌شود
refusal-value-bad-name = '{ $value }' نام معتبری برای «{ $what }» نیست: ۲ تا ۶۴ نویسه از a-z، 0-9، '-'، '_' و '.' به کار ببرید
refusal-value-throttled = تلاش‌های ناموفق بسیاری از اینجا یا برای این حساب؛ { $seconds } ثانیهٔ دیگر دوباره امتحان کنید
refusal-value-hits-limit = عضو شما در یک ساعت گذشته { $asked } استعلام وجود اطلاعات کرده است، بیشترین شماری که این مرکز اجازه می‌دهد ({ $limit })؛ بعداً دوباره امتحان کنید
refusal-value-webhook-network = { $value } نشانی حلقهٔ بازگشت، خصوصی، پیوند-محلی یا فراداده‌های ابری است و مرکز به آن وصل نمی‌شود مگر آنکه مدیرش آن شبکه را مجاز کند (`liaison network allow`)
refusal-value-pem = این یک گواهی PEM نیست ({ $why })؛ متن را از -----BEGIN CERTIFICATE----- تا -----END CERTIFICATE----- بدهید
name-kind-member = عضو
name-kind-user = کاربر
name-kind-feed = منبع داده
name-kind-collection-alias = نام مستعار مجموعه
name-kind-sharing-group = گروه اشتراک

actions-title = اقدام‌ها
actions-intro = آنچه نشست‌ها از هر عضو خواسته‌اند و مهلت آن. افراد عضو مسئول، ریاست و دبیرخانه اقدام را انجام‌شده یا لغوشده علامت می‌زنند.
actions-meeting = نشست
actions-due = مهلت
actions-close = بستن
actions-all = همهٔ اقدام‌ها
actions-ours = همهٔ اقدام‌های ما
action-status-overdue = معوق
action-mark-done = انجام شد
done-action-done = اقدام انجام‌شده علامت خورد.
done-action-cancelled = اقدام لغو شد.
meeting-due-label = مهلت (به وقت شما، { $zone })

refusal-actor-narrower-than-report = گروه شما با این نام برای خوانندگانی کمتر از خوانندگان این گزارش منتشر شده است و آنان آن را تنها به صورت یک شناسه می‌بینند: گزارش را گسترده‌تر از گروه منتشر نکنید، یا گروه تازه را نام دیگری بدهید
refusal-location-narrower-than-report = مکان شما با این نام برای خوانندگانی کمتر از خوانندگان این گزارش منتشر شده است و آنان آن را تنها به صورت یک شناسه می‌بینند: گزارش را گسترده‌تر از مکان منتشر نکنید، یا مکان تازه را نام دیگری بدهید

member-change-status = تغییر وضعیت
member-status-reason = دلیل (در سابقه‌اش نگه داشته می‌شود)
member-status-change = تغییر
member-add = افزودن عضو
member-add-founding = عضو مؤسس
member-add-hint = عضوی که اینجا افزوده شود بی‌درنگ می‌پیوندد؛ سازمانی که درخواست عضویت می‌دهد در صفحهٔ درخواست‌های عضویت ثبت می‌شود و اعضا درباره‌اش رأی می‌دهند.
member-add-submit = افزودن عضو
done-member-added = عضو افزوده شد. اکنون می‌توان مدیرانش را از صفحهٔ کاربران دعوت کرد.
done-member-status = وضعیت عضو تغییر کرد و دلیل آن در سابقه‌اش نگه داشته شد.
presidency-appoint = تعیین ریاست بعدی
presidency-appoint-hint = دوره از پایان دورهٔ کنونی آغاز می‌شود (یا از هم‌اکنون، اگر دوره‌ای در جریان نیست) و به اندازه‌ای که قاعدهٔ ریاست می‌گوید ادامه دارد.
presidency-basis = بر چه پایه‌ای (یک تصمیم، یک نشست)
presidency-basis-none = تعیین‌شده از سوی مدیران مرکز
presidency-appoint-submit = تعیین
done-appointed = ریاست تعیین شد.

rfi-asked-of = پرسیده‌شده از { $members }
rfi-close = بستن درخواست اطلاعات
rfi-close-hint = دیگر پاسخی پذیرفته نمی‌شود؛ پاسخ‌های داده‌شده می‌مانند.
done-rfi-closed = درخواست اطلاعات بسته شد.
done-rfi-sent = درخواست اطلاعات فرستاده شد؛ به اعضای پرسیده‌شده خبر داده شد و پاسخ‌هایشان اینجا می‌رسد.
done-rfi-answered = پاسخ شما فرستاده شد؛ به عضو درخواست‌کننده خبر داده شد.

release-answer = پاسخ (اختیاری؛ درخواست‌کننده آن را می‌خواند)
action-mark-cancelled-long = لغو این اقدام
invite-applicant = این عضو هنوز متقاضی است: افرادش پس از پذیرش از سوی اعضا دعوت می‌شوند.
notice-meeting-decision-to-vote = در { $title } به رأی اعضا گذاشته شد: { $item }
application-contact-is = راه تماس: { $contact }
audit-dates-reversed = این تاریخ پیش از تاریخ نخست است: جایشان را عوض کنید، یا یکی را پاک کنید.

refusal-value-not-found = یافت نشد یا برای شما قابل مشاهده نیست: { $thing }
thing-object = مورد
thing-user = کاربر
thing-collection = مجموعه
thing-RFI = درخواست اطلاعات
thing-member = عضو
thing-token = توکن
thing-status = وضعیت
thing-sharing-group = گروه اشتراک
thing-release-request = درخواست انتشار
thing-published-report = گزارش منتشرشده
thing-meeting = نشست
thing-webhook = وب‌هوک
thing-vote = رأی‌گیری
thing-session = نشست کاربری
thing-member-identity = هویت عضو
thing-feed = منبع داده
thing-certificate = گواهی
thing-application = درخواست عضویت
thing-agenda-item = بند دستور کار
thing-action-item = اقدام

refusal-value-not-ipv4 = '{ $value }' نشانی IPv4 نیست: هر یک از چهار عددش باید از 0 تا 255 باشد
refusal-value-not-observable = '{ $value }' نه نشانی IP است، نه دامنه، نه URL، نه نشانی ایمیل و نه هش MD5/SHA-1/SHA-256/SHA-512
refusal-separator = {"؛ "}
marking-release-list = فهرست انتشار
refusal-secretariat-status = دبیرخانه وضعیتش را نگه می‌دارد: تعلیق یا خروج آن دسترسی مدیران مرکز را می‌بندد
refusal-value-action-closed = وضعیت این اقدام از پیش «{ $action_status }» است
refusal-release-asked-already = عضو شما پیش‌تر این را خواسته است و درخواست هنوز در انتظار تصمیم عضو مبدأ است؛ در صفحهٔ درخواست‌های انتشار فهرست شده است
stat-automatic-title = آمار از { $from } تا { $to }
meeting-minutes-hint = به Markdown بنویسید: سرعنوان، فهرست، پیوند، تأکید. HTML نوشته‌شده در صورت‌جلسه نمی‌آید.
sighting-recorded = (ثبت‌شده در { $date })
nav-operations = عملیات‌ها
nav-joint-operations = عملیات‌های مشترک
operations-title = عملیات‌ها و رفع تداخل
operations-intro = عملیات‌های عضو خود را اینجا با شناسه‌های اهدافشان و رویدادهای برنامه‌ریزی‌شده ثبت کنید. هیچ عضو دیگری آن‌ها را نمی‌بیند. اگر عملیات فعال عضو دیگری یکی از همین شناسه‌ها را داشته باشد، یا رویدادی نزدیک از نظر مکان و زمان برنامه‌ریزی کند، هر دو طرف بی‌درنگ باخبر می‌شوید که با چه کسی تماس بگیرید، و نه بیشتر.
operations-ours = عملیات‌های ما
operations-none = عضو شما هنوز هیچ عملیاتی ثبت نکرده است.
operations-all = همهٔ عملیات‌های ما
operation-name = نام (فقط عضو شما می‌بیند)
operation-contact = نقطهٔ تماس
operation-contact-help = کسی که عضو دیگر، اگر کارش با این عملیات تلاقی کند، با او تماس می‌گیرد: یک دفتر و یک شمارهٔ تلفن. عضو دیگر فقط همین را می‌فهمد.
operation-registered = ثبت‌شده
operation-register = ثبت عملیات
operation-register-help = نامی بدهید که همکارانتان آن را با آن می‌شناسند و یک نقطهٔ تماس؛ سپس شناسه‌ها و رویدادهایش را بیفزایید.
operation-register-button = ثبت عملیات
operation-registered-on = ثبت‌شده در { $date }
operation-closed-on = بسته‌شده در { $date }
operation-status-active = فعال
operation-status-closed = بسته
operation-selectors = شناسه‌ها
operation-selectors-kept = هر مقدار فقط به صورت چکیدهٔ کلیددار نگه داشته می‌شود: هیچ‌کس، حتی عضو شما، نمی‌تواند آن را اینجا بازخوانی کند. فهرست خود را نگه دارید؛ مرجع شما نشان می‌دهد کدام تطابق یافت.
operation-selectors-none = هنوز شناسه‌ای نیست.
selector-kind = نوع
selector-reference = مرجع شما
selector-lines = شناسه‌ها، هر کدام در یک سطر: نوع، مقدار، مرجع
selector-lines-help = انواع: phone (قالب بین‌المللی، ‎+44 20 7946 0958)، email، iban، plate (پلاک خودرو)، ip، domain، identifier (گذرنامه، کارت شناسایی، شمارهٔ ثبت) یا object (شناسهٔ STIX که می‌توانید ببینید). مرجع اختیاری است. سطر نادرست نام برده می‌شود و تا اصلاح نشود هیچ چیز از فهرست ثبت نمی‌شود.
selector-add = ثبت این شناسه‌ها
selector-kind-phone = شمارهٔ تلفن
selector-kind-email = نشانی ایمیل
selector-kind-iban = شمارهٔ IBAN
selector-kind-plate = پلاک خودرو
selector-kind-ip = نشانی IP
selector-kind-domain = دامنه
selector-kind-identifier = شناسهٔ هویتی
selector-kind-object = مورد اطلاعاتی
operation-events = رویدادهای برنامه‌ریزی‌شده
operation-events-help = کجا و کی همکاران شما اقدام می‌کنند. رویداد عضو دیگری که دایره و زمانش با رویداد شما هم‌پوشانی دارد تداخل است، و هر دو طرف بی‌درنگ باخبر می‌شوند.
operation-events-none = هنوز رویداد برنامه‌ریزی‌شده‌ای نیست.
event-kind = نوع رویداد
event-place = مکان
event-starts = آغاز
event-ends = پایان
event-starts-label = آغاز ({ $zone })
event-ends-label = پایان ({ $zone })
event-latitude = عرض جغرافیایی (‎-90 تا 90)
event-longitude = طول جغرافیایی (‎-180 تا 180)
event-location = یا مکانی که می‌توانید ببینید، با شناسه‌اش (مختصات آن برداشته می‌شود)
event-radius = شعاع به متر
event-add = ثبت این رویداد
event-kind-surveillance = مراقبت
event-kind-search = بازرسی
event-kind-arrest = بازداشت
event-kind-undercover_meeting = دیدار پنهانی
event-kind-other = دیگر
operation-close = بستن عملیات
operation-close-help = عملیات بسته‌شده دیگر با چیزی تطابق نمی‌یابد و دوباره باز نمی‌شود.
operation-close-confirm = این عملیات پایان یافته است
operation-close-button = بستن عملیات
deconflictions-title = تداخل‌ها
deconflictions-all = { $count ->
    [one] تنها تداخل
   *[other] همهٔ { $count } تداخل
}
deconflictions-intro = جاهایی که عملیات‌های عضو شما با عملیات عضو دیگری تلاقی کرده‌اند: همان هدف، یا رویدادهایی نزدیک به هم در مکان و زمان. با رابطِ نام‌برده تماس بگیرید؛ چیز دیگری از عملیات آن‌ها نشان داده نمی‌شود.
deconflictions-none = هیچ عملیاتی از عضو شما با عملیات عضو دیگری تلاقی نکرده است.
deconflictions-none-here = این عملیات با عملیات هیچ عضو دیگری تلاقی نکرده است.
deconfliction-when = زمان
deconfliction-kind = چه چیزی تلاقی کرد
deconfliction-ours = عملیات ما
deconfliction-other = عضو دیگر
deconfliction-call = تماس با
deconfliction-kind-target = همان هدف
deconfliction-kind-event = رویدادهای نزدیک در مکان و زمان
done-operation-registered = عملیات ثبت شد. شناسه‌ها و رویدادهایش را در زیر بیفزایید.
done-operation-closed = عملیات بسته شد: دیگر با چیزی تطابق نمی‌یابد.
done-operation-selectors = شناسه‌های ثبت‌شده: { $count }. هیچ‌کدام با عملیات عضو دیگری تلاقی نکرد.
done-operation-selectors-met = شناسه‌های ثبت‌شده: { $count }. تداخل‌ها: { $met }. در زیر ببینید با چه کسی تماس بگیرید.
done-operation-events = رویدادهای ثبت‌شده: { $count }. هیچ‌کدام با عملیات عضو دیگری تلاقی نکرد.
done-operation-events-met = رویدادهای ثبت‌شده: { $count }. تداخل‌ها: { $met }. در زیر ببینید با چه کسی تماس بگیرید.
notice-deconfliction = { $other } روی همان چیزی کار می‌کند که عملیات شما، { $operation } ({ $match }): با { $contact } تماس بگیرید
input-field-kind = نوع
input-field-value = مقدار
input-field-reference = مرجع
input-field-latitude = مکان
input-field-location = مکان
input-field-radius_m = شعاع
input-field-starts = آغاز
input-field-ends = پایان
refusal-operation-name = عملیات به نامی تا ۲۰۰ نویسه نیاز دارد که فقط عضو شما می‌بیند
refusal-operation-contact = نقطهٔ تماسی نام ببرید که عضو دیگر، اگر کارش با کار شما تلاقی کند، بتواند با آن تماس بگیرد (۳ تا ۳۰۰ نویسه)
refusal-operation-role = عملیات‌ها را تحلیلگران و افسران رابط عضو ثبت می‌کنند و می‌بینند
refusal-operation-closed-already = این عملیات از پیش بسته است
refusal-operation-closed = این عملیات بسته است: برای کار تازه عملیات دیگری ثبت کنید
refusal-lines-empty = فهرست خالی است: دست‌کم یک سطر بدهید
refusal-lines-too-many = هر بار حداکثر ۱۰٬۰۰۰ سطر بفرستید (`liaison operation import` فایل را در چند بخش می‌فرستد)
refusal-lines-nothing-stored = هیچ چیز از این فهرست ثبت نشد: این سطرها را اصلاح کنید و دوباره بفرستید
refusal-deconfliction-key = این گره بدون کلید رفع تداخل راه‌اندازی شده است؛ از گردانندهٔ سامانه بخواهید آن را با فایل کلید رفع تداخل مرکز راه‌اندازی کند
refusal-reference-long = مرجع حداکثر ۲۰۰ نویسه است
refusal-event-place = مکانی بدهید: یا عرض جغرافیایی (‎-90 تا 90) و طول جغرافیایی (‎-180 تا 180)، یا شناسهٔ یک مورد location
refusal-event-radius = شعاع باید بیشتر از ۰ و حداکثر ۵۰٬۰۰۰ متر باشد
refusal-event-times = آغاز و پایان را با تاریخ و ساعت بدهید، مانند 2027-03-01T06:00:00Z
refusal-event-order = رویداد پس از آغاز پایان می‌یابد و حداکثر ۳۱ روز طول می‌کشد
refusal-value-empty = مقدار خالی است
refusal-operation-confirm = برای تأیید پایان عملیات کادر را علامت بزنید: عملیات بسته‌شده دیگر با چیزی تطابق نمی‌یابد
refusal-value-line = سطر { $line }، { $field }: { $why }
refusal-value-lines-more = و { $count } مورد دیگر
refusal-value-selector-kind = '{ $value }' نوعی از شناسه نیست: phone، email، iban، plate، ip، domain، identifier یا object را به کار ببرید
refusal-value-event-kind = '{ $value }' نوعی از رویداد نیست: surveillance، search، arrest، undercover_meeting یا other را به کار ببرید
refusal-value-selector-object = هیچ موردی که بتوانید ببینید شناسهٔ '{ $value }' را ندارد
refusal-value-event-location = هیچ مورد location با مختصات که بتوانید ببینید شناسهٔ '{ $value }' را ندارد
refusal-value-phone-chars = '{ $value }' شمارهٔ تلفن نیست: از رقم، فاصله، «+»، «-»، «.» و پرانتز استفاده کنید
refusal-value-phone-international = '{ $value }' در قالب بین‌المللی نیست: آن را با کد کشور بنویسید، مانند ‎+44 20 7946 0958
refusal-value-phone-e164 = '{ $value }' شمارهٔ E.164 نیست: یک کد کشور (که با ۰ آغاز نشود) و در مجموع ۸ تا ۱۵ رقم
refusal-value-email = '{ $value }' نشانی ایمیل نیست: آن را مانند name@example.org بنویسید
refusal-value-iban = '{ $value }' شمارهٔ IBAN معتبری نیست: دو حرف، دو رقم کنترلی و تا ۳۰ حرف و رقم که رقم‌های کنترلی با آن‌ها سازگار باشد
refusal-value-plate = '{ $value }' پلاک خودرو نیست: ۲ تا ۱۲ حرف و رقم
refusal-value-selector-ip = '{ $value }' نشانی IP نیست: آن را مانند 198.51.100.7 یا 2001:db8::1 بنویسید
refusal-value-selector-domain = '{ $value }' نام دامنه نیست: آن را مانند example.org بنویسید
refusal-value-identifier = '{ $value }' برای شناسایی کسی بیش از حد کوتاه است: دست‌کم ۳ حرف یا رقم
refusal-value-stix-id = '{ $value }' شناسهٔ STIX نیست: آن را مانند threat-actor--<uuid> بنویسید
notice-intelligence-match-operation = اطلاعاتی که { $other } به اشتراک گذاشته هدفی از عملیات شما، { $operation }، را نام می‌برد: { $object }
notice-intelligence-match-intelligence = { $other } عملیاتی روی هدفی دارد که اطلاعات شما، { $object }، نام می‌برد: با { $contact } تماس بگیرید
thing-operation = عملیات
thing-joint-operation = عملیات مشترک
thing-task = وظیفه
refusal-joint-title = عملیات مشترک به عنوانی تا ۲۰۰ نویسه نیاز دارد که فقط شرکت‌کنندگانش می‌بینند
refusal-joint-objectives = اهداف حداکثر ۱۰٬۰۰۰ نویسه است
refusal-value-joint-invitees = اعضای فعال دیگر را با نام کوتاهشان دعوت کنید؛ این‌ها چنین نیستند: { $value }
refusal-joint-task-title = وظیفه به عنوانی تا ۳۰۰ نویسه نیاز دارد
refusal-joint-task-member = وظیفه را به عضوی بسپارید که در عملیات مشترک شرکت دارد
refusal-joint-entry = آنچه رخ داد را در حداکثر ۴٬۰۰۰ نویسه بنویسید
refusal-joint-task-status = وظیفه را به صورت انجام‌شده یا لغوشده ببندید
refusal-joint-role = عملیات‌های مشترک را تحلیلگران و افسران رابط عضو اداره می‌کنند
refusal-joint-accept-first = نخست دعوت را بپذیرید: فقط اعضای شرکت‌کننده در عملیات مشترک اقدام می‌کنند
refusal-joint-lead-only = فقط عضو هدایت‌کننده اعضا را دعوت می‌کند و عملیات مشترک را به پایان می‌رساند
refusal-joint-task-others = عضو هدایت‌کننده به دیگران وظیفه می‌سپارد؛ هر عضو وظایف خود را می‌افزاید
refusal-joint-task-closer = وظیفه را عضوی که به او سپرده شده یا عضو هدایت‌کننده می‌بندد
refusal-joint-concluded = این عملیات مشترک پایان یافته است
refusal-joint-answered = عضو شما پیش‌تر به این دعوت پاسخ داده است
refusal-joint-task-closed = این وظیفه پیش‌تر بسته شده است
notice-joint-operation = عملیات مشترک { $title }: { $change }
joint-change-invited = عضو شما برای شرکت دعوت شده است
joint-change-accepted = عضوی شرکت را پذیرفت
joint-change-declined = عضوی نپذیرفت
joint-change-outcome = نتیجه‌ای ثبت شد
joint-change-concluded = عضو هدایت‌کننده آن را به پایان رساند
joints-title = عملیات‌های مشترک
joints-intro = اعضایی که توافق می‌کنند با هم اقدام کنند عملیات مشترکی می‌گشایند: یک عضو هدایت‌کننده، اعضای دعوت‌شده، اهداف، وظایف هر عضو، گاه‌شمار، اطلاعات مربوط و نتایج. فقط اعضای شرکت‌کننده آن را می‌خوانند؛ هر یک اطلاعات را فقط تا جایی می‌بیند که برایش منتشر شده است. ریاست می‌بیند که وجود دارد و در چه وضعی است.
joints-ours = عملیات‌های ما
joints-none = عضو شما در هیچ عملیات مشترکی شرکت ندارد.
joints-all = همهٔ عملیات‌های مشترک
joints-overview = همهٔ عملیات‌های مشترک مرکز
joints-overview-help = آنچه ریاست و دبیرخانه می‌بینند: اینکه هر یک وجود دارد و در چه وضعی است، نه عنوان، اعضا یا محتوای آن.
joints-none-center = هنوز هیچ عملیات مشترکی گشوده نشده است.
joint-title = عنوان (فقط شرکت‌کنندگان می‌بینند)
joint-lead = عضو هدایت‌کننده
joint-participants = اعضا
joint-state-invited = دعوت‌شده
joint-state-accepted = شرکت‌کننده
joint-state-declined = نپذیرفت
joint-status-active = فعال
joint-status-concluded = پایان‌یافته
joint-open = گشودن عملیات مشترک
joint-objectives = اهداف
joint-invite = اعضای دعوت‌شونده
joint-open-button = گشودن عملیات مشترک
joint-opened = گشوده‌شده
joint-outcomes = نتایج
joint-led-by = به هدایت { $member }
joint-opened-on = گشوده‌شده در { $date }
joint-invitation = عضو شما دعوت شده است
joint-accept = شرکت می‌کنیم
joint-decline = نمی‌پذیریم
joint-invite-button = دعوتشان کنید
joint-tasks = وظایف
joint-tasks-none = هنوز وظیفه‌ای نیست.
joint-task = وظیفه
joint-task-add = افزودن وظیفه
joint-timeline = گاه‌شمار
joint-timeline-none = هنوز چیزی ثبت نشده است.
joint-entry = آنچه رخ داد
joint-entry-add = افزودن به گاه‌شمار
joint-intelligence = گروه‌ها و اطلاعات مربوط
joint-intelligence-none = هنوز چیزی پیوند نشده است.
joint-withheld = اطلاعات پیوندشده‌ای که برای عضو شما منتشر نشده: { $count }
joint-link = شناسهٔ گروه یا اطلاعاتی که می‌توانید ببینید
joint-link-button = پیوند دادن
joint-outcomes-none = هنوز نتیجه‌ای ثبت نشده است.
joint-occurred-label = زمان رخداد ({ $zone })
joint-outcome-from = اطلاعاتی که به آن انجامید
joint-conclude = پایان دادن به عملیات مشترک
joint-conclude-confirm = این عملیات مشترک پایان یافته است
joint-conclude-button = پایان دادن
done-joint-opened = عملیات مشترک گشوده شد؛ اعضای دعوت‌شده باخبر شدند.
done-joint-answered = پاسخ شما ثبت شد.
done-joint-invited = اعضا دعوت و باخبر شدند.
done-joint-task = وظیفه افزوده شد.
done-joint-task-closed = وظیفه بسته شد.
done-joint-entry = به گاه‌شمار افزوده شد.
done-joint-linked = پیوند شد: هر شرکت‌کننده آن را تا جایی می‌بیند که برایش منتشر شده است.
done-joint-outcome = نتیجه ثبت شد؛ آمار آن را می‌شمارد.
done-joint-concluded = عملیات مشترک پایان یافت.
refusal-joint-unknown-object = هیچ موردی که بتوانید ببینید این شناسه را ندارد
refusal-joint-confirm = برای تأیید پایان عملیات مشترک کادر را علامت بزنید
meeting-link-joint = عملیات مشترک شمارهٔ { $id }
meeting-joint-stands = عملیات مشترک شمارهٔ { $id }: { $status }؛ اعضای شرکت‌کننده: { $members }؛ نتایج: { $outcomes }
joint-propose = پیشنهاد آن در نشست
joint-propose-no-meeting = هنوز نشستی در پیش نیست: ریاست نشست‌ها را فرا می‌خواند.
joint-propose-note = همهٔ اعضا عنوان و یادداشت‌های بند را می‌خوانند و وضعیت عملیات را می‌بینند (شماره، وضعیت، شمار اعضای شرکت‌کننده و نتایج). عنوان عملیات را فقط شرکت‌کنندگان می‌بینند.
joint-propose-meeting = نشست پیش رو
joint-propose-title = عنوان بند (همهٔ اعضا آن را می‌خوانند)
joint-propose-notes = یادداشت‌ها (همهٔ اعضا آن‌ها را می‌خوانند)
joint-propose-button = افزودن به دستور کار
done-joint-proposed = در دستور کار نشست قرار گرفت و به اعضا اطلاع داده شد.
stat-joint-operations = عملیات‌های مشترک
stat-joint-note = وضعیت عملیات‌های مشترک در این دوره. آن‌ها شماره دارند و نامی از آن‌ها برده نمی‌شود: عنوان، اعضا و محتوا نزد شرکت‌کنندگان می‌ماند.
stat-joint_opened = گشوده‌شده در دوره
stat-joint_concluded = پایان‌یافته در دوره
stat-joint_active = فعال در پایان دوره
stat-joint_outcomes = نتایج آن‌ها در دوره
stat-joint-line = شمارهٔ { $id }: { $status }، گشوده در { $opened }؛ اعضای شرکت‌کننده: { $members }؛ نتایج در دوره: { $outcomes }
refusal-joint-propose-title = بند به عنوانی تا ۲۰۰ نویسه نیاز دارد که همهٔ اعضا آن را می‌خوانند
refusal-joint-propose-notes = یادداشت‌ها حداکثر ۱۰٬۰۰۰ نویسه‌اند
refusal-joint-propose-over = این نشست پایان یافته است: عملیات مشترک را در نشستی پیش رو پیشنهاد کنید
refusal-joint-propose-meeting = نشست پیش رویی را که می‌خواهید آن را در آن پیشنهاد کنید برگزینید
refusal-value-operations-budget = عملیات‌های عضو شما در یک ساعت گذشته { $done } شناسه و رویداد ثبت کرده‌اند و این مرکز { $limit } در ساعت اجازه می‌دهد (تا کسی با آزمودن مقادیر نفهمد دیگران چه چیزی را دنبال می‌کنند)؛ این { $adding } مورد را بعداً ثبت کنید یا از گردانندگان مرکز بخواهید فهرست را درون‌ریزی کنند (liaison operation import)
notice-release = { $originator } اطلاعاتی را برای عضو شما منتشر کرد
object-release-further = انتشار برای عضوی دیگر
object-release-further-help = عضوی که برمی‌گزینید از این پس این مورد و همهٔ نسخه‌هایش را می‌خواند، همراه با موارد TLP:AMBER عضو شما که این مورد به آن‌ها اشاره دارد (شاخص‌ها، گروه و مکانِ یک گزارش)، و از این انتشار باخبر می‌شود. انتشار را نمی‌توان پس گرفت.
object-release-member = عضو
object-release-note = یادداشتی برای آن عضو (اختیاری)
object-release-button = انتشار
object-done-released = این مورد برای عضوی که برگزیدید منتشر شد و او باخبر شد.
requests-released-by-us = منتشرشده از سوی ما
refusal-release-by-liaison-officers = اطلاعات عضو شما را افسران رابطِ آن برای دیگران منتشر می‌کنند؛ از یکی از آنان بخواهید
refusal-object-id-not-own = عضو دیگری این مورد را به اشتراک گذاشته و فقط خودش می‌تواند آن را گسترده‌تر منتشر کند: با درخواست انتشار از او بخواهید
refusal-release-red-named = اطلاعات TLP:RED فقط به کسانی می‌رسد که در آن نام برده شده‌اند: نسخهٔ تازه‌ای بفرستید که دیگران را نام ببرد
refusal-release-open-already = همهٔ اعضا اطلاعات TLP:CLEAR و TLP:GREEN را از پیش می‌خوانند
refusal-target-required = عضوی را که برایش منتشر می‌شود نام ببرید
refusal-display-name-taken = عضو «{ $name }» از پیش «{ $display_name }» نام دارد: به این یکی نامی بدهید که از آن بازشناخته شود، مثلاً با نام کشورش
refusal-release-orcon = به { $id } اشاره دارد که عضو «{ $owner }» آن را تحت کنترل مبدأ (ORCON) برای اعضایی کمتر از گیرندگان این انتشار منتشر کرده است؛ نخست از آن عضو بخواهید آن را برای آنان منتشر کند
refusal-value-required = مقداری را که اطلاعاتش منتشر می‌شود نام ببرید
refusal-target-not-in-good-standing = اطلاعات فقط برای اعضا و ناظران مرکز منتشر می‌شود
