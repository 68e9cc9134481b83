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
role-liaison_officer = ضابط اتصال
role-delegate = مندوب
role-member_administrator = مسؤول إدارة العضو
role-secretariat = الأمانة
role-administrator = مسؤول إدارة المركز
done-password = تم تغيير كلمة المرور، وأُنهيت جلساتك الأخرى.
done-session = انتهت الجلسة.
done-sessions = انتهت جميع الجلسات الأخرى.
done-revoked = أُلغي الرمز.
done-second-factor-off = أُزيل عاملك الثاني.
new-passwords-differ = كلمتا المرور الجديدتان مختلفتان؛ اكتب الكلمة نفسها مرتين.

## جداول الكائنات

nothing-yet = لا شيء بعد.
col-name = الاسم
col-type = النوع
col-tlp = TLP
col-from = المصدر
col-added = تاريخ الإضافة
col-status = الوضع
col-month = الشهر

## الصفحة الرئيسية

home-title = { $member } — الرئيسية
home-new-intelligence = معلومات جديدة أُتيحت لنا
home-rfis = طلبات معلومات بانتظار الرد
home-release-requests = طلبات إتاحة بانتظار القرار
home-votes = عمليات التصويت الجارية
home-meetings = الاجتماعات القادمة
home-overdue = بنود العمل المتأخرة
due-on = الموعد النهائي: { $date }
open-until = حتى { $date }
release-request-asks = يطلب { $requester } إتاحة { $what }: { $reason }
release-approve = موافقة
release-refuse = رفض
action-overdue = { $title } — الموعد النهائي: { $date }

## البحث

search-words = الكلمات
search-type = النوع
search-type-example = مثلًا: indicator, report
search-button = بحث
search-facets = عوامل التصفية
search-matches = { $count ->
    [zero] لا نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $shown } نتائج
    [many] { $shown } نتيجة
   *[other] { $shown } نتيجة
}
search-matches-partial = عدد النتائج: { $matches }، ويُعرض أحدث { $shown } منها

## المستخدمون (لمسؤولي الإدارة)

member = الجهة العضو
roles = الأدوار
users-show = عرض مستخدميها
users-of = مستخدمو { $member }
user-invited = دُعي { $user }. أرسل إليه هذا الرابط (يصلح مرة واحدة، حتى { $until } UTC)؛ ولن يُعرض إلا الآن:
user-disabled = معطّل
user-invited-state = مدعو
user-must-choose = عليه اختيار كلمة مرور
user-active = نشط
user-second-factor = العامل الثاني
invite-heading = دعوة مستخدم
user-name-hint = من 2 إلى 64 حرفًا: a-z، 0-9، '-'، '_'، '.'.
display-name = الاسم المعروض
invite-button = دعوة
user-title = المستخدم { $user }
done-user-saved = حُفظ الحساب.
done-user-disabled = عُطّل الحساب، وأُنهيت جلساته.
done-user-enabled = يمكن للحساب تسجيل الدخول مجددًا.
done-certificate = سُجّلت الشهادة.
done-certificate-revoked = أُلغي تسجيل الشهادة.
done-user-second-factor-off = أُزيل العامل الثاني؛ يسجّل المستخدم الدخول بكلمة المرور وحدها إلى أن يُعدّ عاملًا ثانيًا جديدًا.
user-reset-link = أرسل إلى { $user } هذا الرابط لتعيين كلمة مرور جديدة (يصلح مرة واحدة، حتى { $until } UTC؛ وتبقى كلمة المرور القديمة صالحة حتى ذلك الحين)؛ ولن يُعرض إلا الآن:
users-all-of = جميع مستخدمي { $member }
user-invited-no-password = مدعو، ولم يعيّن كلمة مرور بعد
user-signs-in-with-second-factor = يسجّل الدخول بعامل ثانٍ
user-name-and-roles = الاسم والأدوار
save = حفظ
user-access = الوصول
user-enable = السماح بتسجيل الدخول مجددًا
user-disable = تعطيل
user-reset = إنشاء رابط لتعيين كلمة مرور جديدة
user-remove-second-factor = إزالة العامل الثاني (جهاز مفقود)
certificates = شهادات العميل
certificates-hint = أي نظام يتصل عبر HTTPS بإحدى هذه الشهادات يعمل بصفة { $user }: إما شهادة مثبّتة ببصمتها، وإما كل شهادة لمصادقة العميل أصدرتها جهة إصدار شهادات تابعة للعضو.
certificate-kind = النوع
certificate-kind-certificate-short = شهادة
certificate-kind-authority-short = جهة إصدار شهادات
certificate-kind-certificate = هذه الشهادة وحدها
certificate-kind-authority = جهة إصدار شهادات: كل شهادة عميل أصدرتها
certificate-pem = الشهادة (PEM)
registered = تاريخ التسجيل
register = تسجيل

## الاتصالات (الهويات وخطافات الويب) ومصادر البيانات

done-identity = سُجّلت الهوية: لا يجوز الآن لغير هذا العضو أن يذكرها بوصفها المُنشئ.
done-identity-removed = لم تعد الهوية تابعة لهذا العضو؛ ويبقى ما شورك باسمها.
done-webhook-removed = أُزيل خطاف الويب.
connections-show = عرض اتصالاتها
connections-intro = كيف تتصل { $member } بالمركز: الهويات التي لا يذكرها بوصفها المُنشئ أحد سواها، وخطافات الويب التي تُرسل إليها معلوماتها الجديدة وإشعاراتها، ومصادر بياناتها:
identities = الهويات
identity = الهوية
identity-own = هويتها الخاصة:
identity-none-other = لا توجد هوية أخرى مسجّلة.
identity-label = الهوية (اسم مستعار، وحدة فرعية)
identity-hint = معرّفها في STIX، مثل { $example }.
identity-name = اسمها
identity-ask-administrators = يسجّل مسؤولو إدارة المركز الهويات باسم جهة عضو (وتُرفض بعد ذلك كائنات أي عضو آخر تذكر إحداها باعتبارها مزوّرة)؛ فاطلب ذلك منهم.
remove = إزالة
not-yet = ليس بعد
webhooks = خطافات الويب
webhook-registered = سُجّل خطاف الويب الموجَّه إلى { $url }. كل طلب POST إليه يُوقَّع ({ $header }، HMAC-SHA256 لمتن الطلب) بهذا السرّ، الذي يُعرض الآن فقط:
webhook-last-attempt = آخر محاولة
webhook-failures = الإخفاقات المتتالية
webhook-url-hint = http:// أو https://. لا يُوصَل إلى العناوين الواقعة داخل شبكة المركز نفسه إلا إذا سمح بها مسؤول إدارته.
webhook-deliver = ما يُرسَل
webhook-deliver-all = المعلومات الجديدة والإشعارات
webhook-deliver-objects = المعلومات الجديدة فقط
webhook-deliver-notifications = الإشعارات فقط
webhook-types = أنواع STIX هذه فقط (مفصولة بفواصل؛ كل الأنواع إن تُرك فارغًا)
webhook-register = تسجيل خطاف الويب
feeds-intro = مجموعات TAXII 2.1 بعيدة تُسحب وفق جدول زمني نيابةً عن جهة عضو. تُخزَّن بيانات الاعتماد مختومة ولا تُعرض مرة أخرى أبدًا.
feeds-none = لا توجد مصادر بيانات بعد.
feed-auth-none = بلا مصادقة
feed-auth-basic = HTTP Basic
feed-auth-bearer = رمز Bearer
feed-auth-certificate = شهادة العميل
feed-for = لصالح { $member }
feed-every = { $seconds ->
    [zero] كل { $seconds } ثانية
    [one] كل ثانية
    [two] كل ثانيتين
    [few] كل { $seconds } ثوانٍ
    [many] كل { $seconds } ثانية
   *[other] كل { $seconds } ثانية
}
feed-unmarked = الكائنات غير المعلَّمة: { $tlp }
feed-unmarked-to = الكائنات غير المعلَّمة: { $tlp }، وتُتاح لـ { $members }
feed-last-pull = آخر سحب
feed-next-pull = السحب التالي
feed-since-registered = منذ التسجيل
feed-taken-refused = المقبول: { $taken }، المرفوض: { $refused }
feed-last-error = آخر خطأ
feed-failures = الإخفاقات المتتالية: { $count }
feed-refused = الكائنات المرفوضة
feed-refused-last = { $count ->
    [zero] المرفوض في آخر سحب ({ $count })
    [one] المرفوض في آخر سحب ({ $count })
    [two] المرفوض في آخر سحب ({ $count })
    [few] المرفوض في آخر سحب ({ $count })
    [many] المرفوض في آخر سحب ({ $count })
   *[other] المرفوض في آخر سحب ({ $count })
}
col-object = الكائن
col-version = الإصدار
col-why = السبب
feed-pull-now = السحب الآن
feed-start-over = البدء من جديد
feed-remove = إزالة (يبقى ما جلبه)
feed-add = إضافة مصدر بيانات
feed-api-root = جذر API البعيد
feed-api-root-hint = مثل { $example }
feed-collection = معرّف المجموعة البعيدة
feed-authentication = المصادقة
feed-username = اسم المستخدم (HTTP Basic)
feed-secret = كلمة المرور، أو الرمز، أو شهادة العميل ومفتاحها (PEM)
feed-member = للجهة العضو
feed-user = تدخل الكائنات باسم المستخدم
feed-tlp = مستوى TLP للكائنات التي لا تحمل أيًّا منها (المستوى الافتراضي للمجموعة إن تُرك فارغًا)
feed-interval = عدد الثواني بين عمليتي سحب (ساعة إن تُرك فارغًا)
feed-ca = جهة إصدار شهادات خاصة يُتحقَّق من الخادم بالاستناد إليها (PEM؛ اختياري)
feed-add-button = إضافة مصدر البيانات
## طلبات المعلومات

rfis-title = طلبات المعلومات
rfis-none = لا يوجد طلب معلومات يخص جهتك.
rfi-title = طلب المعلومات رقم { $id }
rfi-question = السؤال
rfi-priority = الأولوية
rfi-priority-low = منخفضة
rfi-priority-normal = عادية
rfi-priority-high = عالية
rfi-priority-urgent = عاجلة
rfi-deadline = الموعد النهائي
rfi-status-open = مفتوح
rfi-status-answered = مُجاب
rfi-status-closed = مغلق
rfi-status-expired = منتهٍ
rfi-ask-heading = توجيه سؤال إلى الأعضاء
rfi-deadline-label = الموعد النهائي (بتوقيت UTC، مثلًا: { $example })
rfi-ask-whom = توجيه السؤال إلى (إن لم يُحدَّد أي عضو: جميع الأعضاء):
rfi-send = إرسال طلب المعلومات
rfi-meta = من { $from } · الأولوية: { $priority } · الموعد النهائي: { $deadline }
rfi-overdue = لم يردّوا في الموعد المحدد: { $members }
rfi-answers = الردود
none-yet = لا شيء حتى الآن.
rfi-withheld = { $count ->
    [zero] لا توجد كائنات مرتبطة لم تُتَح لك.
    [one] لم يُتَح لك كائن مرتبط واحد.
    [two] لم يُتَح لك كائنان مرتبطان.
    [few] لم يُتَح لك { $count } كائنات مرتبطة.
    [many] لم يُتَح لك { $count } كائنًا مرتبطًا.
   *[other] لم يُتَح لك { $count } كائن مرتبط.
}
rfi-answer = الرد
rfi-answer-objects = معرّفات STIX المرفقة بالرد (معرّف واحد في كل سطر)
rfi-answer-needed = اكتب الرد، أو اذكر الكائنات التي تجيب عن السؤال.

## المجموعات قيد المتابعة والاستعلام عن وجود معلومات (hit/no-hit)

groups-title = المجموعات قيد المتابعة
group-untitled = مجموعة قيد المتابعة
groups-intro = الجهات الفاعلة في التهديدات، ومجموعات التسلل، والحملات الواردة في المعلومات المُتاحة لك.
map-title = الخريطة
hits-title = الاستعلام عن وجود معلومات
hits-asked = استعلمت عن { $value }.
hits-visible = { $count ->
    [zero] لا يمكنك رؤية أي كائن مطابق.
    [one] يمكنك رؤية كائن مطابق واحد.
    [two] يمكنك رؤية كائنين مطابقين.
    [few] يمكنك رؤية { $count } كائنات مطابقة.
    [many] يمكنك رؤية { $count } كائنًا مطابقًا.
   *[other] يمكنك رؤية { $count } كائن مطابق.
}
hits-none = لا توجد لدى أي عضو آخر معلومات عنه محجوبة عنك.
hits-holders = الأعضاء الذين لديهم معلومات عنه
hits-ask-release = طلب الإتاحة
hits-reason = السبب
hits-ask = الطلب من { $member }
## الحوكمة: الرئاسة والأعضاء وعمليات التصويت

presidency = الرئاسة
presidency-held = تتولى { $member } الرئاسة من { $from } إلى { $to }.
presidency-none = لا تتولى أي جهة عضو الرئاسة.
members = الأعضاء
member-founding = عضو مؤسس
member-accession = تاريخ الانضمام
member-status-applicant = طالب عضوية
member-status-member = عضو
member-status-observer = مراقب
member-status-suspended = معلّق
member-status-withdrawn = منسحب
yes = نعم
votes = عمليات التصويت
vote = التصويت
vote-until = ينتهي في
vote-cast = الأصوات المُدلى بها
vote-outcome = النتيجة
vote-your-delegate = مندوب جهتك
vote-cast-of = { $cast } من { $eligible }
vote-outcome-open = مفتوح
vote-outcome-adopted = مُعتمد
vote-outcome-rejected = مرفوض
vote-yours = تصويت جهتك: { $choice }.
vote-choice-yes = نعم
vote-choice-no = لا
vote-choice-abstain = امتناع
vote-yes = نعم
vote-no = لا
vote-abstain = امتناع

## Meetings

meetings-none = لا توجد اجتماعات بعد.
meeting = الاجتماع
meeting-kind = النوع
meeting-when = الموعد
meeting-where = المكان
meeting-kind-regular = عادي
meeting-kind-extraordinary = استثنائي
meeting-local-start = (يبدأ { $time }، { $zone })
meeting-convene-heading = الدعوة إلى اجتماع
meeting-title = العنوان
meeting-starts = البداية (بالتوقيت العالمي المنسق UTC، مثلًا { $example })
meeting-ends = النهاية
meeting-time-zone = المنطقة الزمنية
meeting-venue = المكان
meeting-convene = دعوة
