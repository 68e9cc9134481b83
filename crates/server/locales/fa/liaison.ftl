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

role-analyst = تحلیل‌گر
role-liaison-officer = افسر رابط
role-delegate = نماینده
role-member-administrator = مدیر عضو
role-secretariat = دبیرخانه
role-administrator = مدیر مرکز
done-password = گذرواژهٔ شما عوض شد و نشست‌های دیگرتان پایان یافت.
done-session = نشست پایان یافت.
done-sessions = همهٔ نشست‌های دیگر پایان یافت.
done-revoked = توکن باطل شد.
done-second-factor-off = عامل دوم شما برداشته شد.
new-passwords-differ = دو گذرواژهٔ تازه یکی نیستند؛ یک گذرواژه را دو بار بنویسید.
