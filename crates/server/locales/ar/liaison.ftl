## كلمات تطبيق Liaison على الويب باللغة العربية.

-product = Liaison

## التخطيط المشترك لكل الصفحات

page-title = { $title } — { -product }
skip-to-content = الانتقال إلى المحتوى
nav-main = القائمة الرئيسية
nav-home = { -product }
nav-search = البحث
nav-submit = إرسال
nav-rfis = طلبات المعلومات
nav-groups = المجموعات
nav-map = الخريطة
nav-governance = الحوكمة
nav-meetings = الاجتماعات
nav-statistics = الإحصاءات
nav-users = المستخدمون
nav-connections = الاتصالات
nav-feeds = مصادر البيانات
nav-administration = الإدارة
nav-audit = سجل التدقيق
your-account = حسابك
sign-out = تسجيل الخروج
back-home = العودة إلى الصفحة الرئيسية
back-to-account = العودة إلى حسابك
none = لا شيء.
never = أبدًا
objects-table = الكائنات
list-separator = { "، " }
action = إجراء

count-objects = { $count ->
    [zero] لا كائنات
    [one] كائن واحد
    [two] كائنان
    [few] { $count } كائنات
    [many] { $count } كائنًا
   *[other] { $count } كائن
}

## تسجيل الدخول واختيار كلمة المرور

sign-in-title = تسجيل الدخول
sign-in-heading = تسجيل الدخول إلى { $center }
sign-in-code = الرمز من تطبيق المصادقة
sign-in-code-hint = ستة أرقام، أو أحد رموز الاسترداد الخاصة بك.
sign-in-button = دخول
user-name = اسم المستخدم
password = كلمة المرور
forgot-password = نسيت كلمة المرور؟ يمكن لمسؤول جهتك أن يرسل إليك رابطًا لتعيين كلمة مرور جديدة.
choose-password-title = اختيار كلمة مرور
choose-password-heading = اختر كلمة مرور لـ { $center }
new-password = كلمة المرور الجديدة
password-hint = اثنا عشر حرفًا على الأقل لا يمكن لأحد تخمينها: بضع كلمات لا رابط بينها تفي بالغرض.
password-again = كلمة المرور نفسها مرة أخرى
set-password-button = تعيين كلمة المرور

## صفحة الحساب

account-title = حسابك
account-must-change = اختيرت كلمة مرورك من قِبل غيرك. اختر كلمة مرورك قبل أي شيء آخر.
account-second-factor-required = يشترط هذا المركز عاملًا ثانيًا للمصادقة. أعدّ تطبيق مصادقة أدناه قبل أي شيء آخر.
current-password = كلمة المرور الحالية
new-password-again = كلمة المرور الجديدة نفسها مرة أخرى
change-password-button = تغيير كلمة المرور
second-factor = العامل الثاني
second-factor-on = مفعّل: تسجّل الدخول برمز من تطبيق المصادقة. { $left ->
    [zero] لم يتبقَّ أي رمز استرداد.
    [one] يتبقى رمز استرداد واحد.
    [two] يتبقى رمزا استرداد.
    [few] تتبقى { $left } رموز استرداد.
    [many] يتبقى { $left } رمزًا للاسترداد.
   *[other] يتبقى { $left } رمز استرداد.
}
second-factor-remove-code = الرمز من التطبيق، لإزالة العامل الثاني
second-factor-remove = إزالة
second-factor-again-code = الرمز من تطبيقك الحالي، لإعداد تطبيق آخر (مع رموز استرداد جديدة)
second-factor-again = إعداد تطبيق آخر
second-factor-off = غير مفعّل: كلمة المرور وحدها تكفي لتسجيل دخولك.
second-factor-set-up = إعداد تطبيق مصادقة
sessions = الجلسات
your-sessions = جلساتك
session-opened = فُتحت في
session-last-used = آخر استخدام
session-from = من
session-this = هذه الجلسة
session-end = إنهاء
session-end-others = إنهاء كل الجلسات الأخرى
api-tokens = رموز واجهة البرمجة
api-tokens-hint = لعملاء TAXII والبرامج النصية: أرسل الرمز بصيغة <code>Authorization: Bearer …</code>، أو ككلمة مرور HTTP Basic مع اسم المستخدم الخاص بك.
your-api-tokens = رموز واجهة البرمجة الخاصة بك
token-shown-once = الرمز «{ $name }» ({ $scope })، يُعرض الآن فقط:
token-name = الاسم
token-scope = الصلاحية
token-created = أُنشئ في
token-expires = ينتهي في
token-state = الحالة
token-live = سارٍ
token-revoked = ملغى
token-expired = منتهٍ
token-revoke = إلغاء
token-new-name = رمز جديد: ما الذي سيستخدمه
token-may = يُسمح له بـ
token-scope-write = القراءة والكتابة
token-scope-read = القراءة فقط
token-expires-at = ينتهي في نهاية يوم (اتركه فارغًا كي لا ينتهي)
token-make = إنشاء الرمز
language = اللغة
language-hint = لغة كل الصفحات التي تراها. إن لم تختر لغة، تُستخدم لغة جهتك أو لغة متصفحك.
language-follow = لغة جهتي أو متصفحي
language-save = حفظ اللغة
language-saved = حُفظت اللغة: { $language }. تُعرض كل الصفحات بها من الآن.
language-cleared = يتبع المركز الآن لغة جهتك أو لغة متصفحك.

## إعداد العامل الثاني

second-factor-title = العامل الثاني
second-factor-is-on = العامل الثاني مفعّل. من الآن تسجّل الدخول بكلمة المرور ورمز من التطبيق.
recovery-codes = رموز الاسترداد
recovery-codes-hint = إذا فقدت الجهاز، يُدخلك كل رمز من هذه الرموز مرة واحدة بدلًا من رمز التطبيق. احفظها في مكان آمن؛ فهي تُعرض الآن فقط.
enrol-scan = في تطبيق المصادقة، أضف حسابًا بمسح هذا الرمز
enrol-qr-label = رمز QR للسرّ المبيَّن أدناه
enrol-or-type = أو بكتابة هذا السرّ:
enrol-type-code = اكتب الرمز المكوّن من ستة أرقام الذي يعرضه التطبيق الآن.
enrol-code = الرمز من التطبيق
enrol-turn-on = تفعيل العامل الثاني

## لغة الجهة العضو (صفحة المستخدمين)

member-language = لغة { $member }
member-language-hint = اللغة التي يقرأ بها منتسبو { $member } المركز ما لم يختاروا لغة أخرى.
member-language-none = لغة كل متصفح
member-language-saved = حُفظت لغة { $member }: { $language }. يقرأ بها المركزَ الآن منتسبوها الذين لم يختاروا لغة خاصة بهم.
member-language-cleared = يقرأ منتسبو { $member } المركز الآن بلغة متصفحاتهم ما لم يختاروا لغة أخرى.

## الرفض

error-title = { $status } — { -product }
status-400 = طلب غير صالح
status-401 = سجّل الدخول أولًا
status-403 = غير مسموح
status-404 = غير موجود
status-405 = لا يتم بهذه الطريقة
status-409 = تعارض
status-410 = لم يعد موجودًا
status-413 = كبير جدًا
status-415 = صيغة غير مدعومة
status-422 = غير مقبول
status-429 = محاولات كثيرة جدًا
status-500 = حدث خطأ ما
status-503 = مشغول للحظات
status-other = مرفوض
password-set-sign-in = عُيّنت كلمة مرورك. سجّل الدخول بها.
passwords-differ = كلمتا المرور مختلفتان؛ اكتب كلمة المرور نفسها مرتين.

## Roles, and what was just done on the account page

role-analyst = محلل
role-liaison-officer = ضابط اتصال
role-delegate = مندوب
role-member-administrator = مسؤول إدارة العضو
role-secretariat = الأمانة
role-administrator = مسؤول إدارة المركز
done-password = تم تغيير كلمة المرور، وأُنهيت جلساتك الأخرى.
done-session = انتهت الجلسة.
done-sessions = انتهت جميع الجلسات الأخرى.
done-revoked = أُلغي الرمز.
done-second-factor-off = أُزيل عاملك الثاني.
new-passwords-differ = كلمتا المرور الجديدتان مختلفتان؛ اكتب الكلمة نفسها مرتين.
