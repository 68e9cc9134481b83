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
release-request-asks = تطلب { $requester } إتاحة { $what }: { $reason }
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

done-identity = سُجّلت الهوية: لا يجوز الآن لغير هذا العضو أن يذكرها بوصفها جهة الإعداد.
done-identity-removed = لم تعد الهوية تابعة لهذا العضو؛ ويبقى ما شورك باسمها.
done-webhook-removed = أُزيل خطاف الويب.
connections-show = عرض اتصالاتها
connections-intro = كيف تتصل { $member } بالمركز: الهويات التي لا يذكرها بوصفها جهة الإعداد أحد سواها، وخطافات الويب التي تُرسل إليها معلوماتها الجديدة وإشعاراتها، ومصادر بياناتها:
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
rfi-deadline-label = الموعد النهائي (بتوقيتك، { $zone })
rfi-ask-whom = توجيه السؤال إلى (إن لم يُحدَّد أي عضو: جميع الأعضاء):
rfi-send = إرسال طلب المعلومات
rfi-meta = من { $from } · الأولوية: { $priority } · الموعد النهائي: { $deadline }
rfi-overdue = لم يردّوا في الموعد المحدد: { $members }
rfi-answers = الردود
none-yet = لا شيء حتى الآن.
rfi-unseen-by-asker = لا تستطيع { $member } قراءة هذه الكائنات التابعة لجهتك والمرفقة بإجاباتك، ولا ترى إلا أن بعضها محجوب. يتيح ضابط اتصال في جهتك أحدها لـ { $member } من صفحة الكائن (إتاحة لعضو آخر)؛ أما كائن TLP:RED فيحتاج إلى نسخة جديدة تسمّيها:
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
meeting-starts = البداية (بالتوقيت المحلي للاجتماع)
meeting-ends = النهاية
meeting-time-zone = المنطقة الزمنية
meeting-venue = المكان
meeting-convene = دعوة

## كائن واحد معروضًا بوصفه معلومات

object-kind-line = { $kind }
object-authored-by = من إعداد { $author }
object-shared-by = شاركته { $member }
object-added = أُضيف في { $date }
object-evaluation = تقييم المصدر: { $code }
object-done-sighting = سُجّل رصدك.
object-done-outcome = سُجّلت النتيجة.
object-done-report = خُزّن تقريرك وأُتيح وفق العلامات المحددة له.
object-about = نبذة
object-raw = الكائن بصيغة STIX (JSON)
object-raw-version = الإصدار { $version } بصيغة STIX (JSON)
object-linked = معلومات ذات صلة
object-linked-none = لا توجد بعدُ معلومات ذات صلة بهذا مما يمكنك رؤيته.
object-since = منذ { $date }
object-until = حتى { $date }
object-from-to = من { $start } إلى { $stop }
object-named-in = ورد ذكره في { $kind } { $name }
object-sighted = { $count ->
    [zero] لم ترصده { $who } قط
    [one] رصدته { $who } مرة واحدة
    [two] رصدته { $who } مرتين
    [few] رصدته { $who } { $count } مرات
    [many] رصدته { $who } { $count } مرة
   *[other] رصدته { $who } { $count } مرة
}
object-sighted-where = في { $where }
object-sighted-between = بين { $first } و{ $last }
object-someone = جهة عضو
object-unavailable = غير محفوظ لدى المركز أو غير متاح لك
object-more-names = { $count ->
    [one] وواحد آخر
    [two] واثنان آخران
    [few] و{ $count } أخرى
    [many] و{ $count } أخرى
   *[other] و{ $count } أخرى
}
object-markings = العلامات والإتاحة
object-level = المستوى
object-released-to = مُتاح لـ
object-released-to-none = لا توجد جهة عضو مسمّاة بخلاف ما يسمح به المستوى.
object-orcon = تتحكم الجهة المُنشئة في أي إتاحة لاحقة (ORCON).
object-other-markings = علامات أخرى
object-banner-released = مُتاح لـ { $members }
object-versions = الإصدارات
object-version = { $version }، أُضيف في { $date }
object-version-current = الحالي
object-correlations = الارتباطات
object-correlations-none = لا توجد معلومات أخرى يمكنك رؤيتها تشترك مع هذا في قيمة ما.
object-possible-match = تطابق محتمل
object-possible-match-why = يُقرأ الاسمان على نحو متشابه بخط آخر؛ تحقّق منه قبل الاعتماد عليه
col-shared-value = القيمة المشتركة
col-member = الجهة العضو
object-sightings = عمليات الرصد
object-seen-by = { $count ->
    [0] لم تُبلغ أي جهة عضو عن رصده.
    [one] رصدته جهة عضو واحدة.
    [two] رصدته جهتان عضوان.
    [few] رصدته { $count } جهات أعضاء.
    [many] رصدته { $count } جهةً عضوًا.
   *[other] رصدته { $count } جهة عضو.
}
object-we-saw = رصدنا هذا
object-outcomes = النتائج
object-outcomes-none = لم تُسجَّل أي نتيجة.
object-outcome = { $kind } في { $date } ({ $member }): { $description }
object-led-to = ما أسفر عنه
object-outcome-description = الوصف
object-record-outcome = تسجيل النتيجة
object-hit-ask = هل لدى أي جهة عضو أخرى معلومات عن هذه القيمة؟
object-hit-button = استعلام
object-answer-rfi = الرد بهذا على طلب معلومات
object-no-rfi = لا يوجد طلب معلومات مفتوح موجَّه إلى جهتك.
object-rfi = طلب المعلومات
object-answer-how = كيف يجيب عن الطلب (اختياري)
object-answer = الرد
object-choose-rfi = اختر طلب المعلومات الذي يجيب عنه هذا الكائن.
object-rfi-not-ours = طلب المعلومات هذا غير موجَّه إلى جهتك.
release-not-a-member = { $member } ليست عضوًا في المركز.

## ما أسفرت عنه المعلومات

outcome-kind-group_disrupted = تعطيل نشاط مجموعة
outcome-kind-group_dismantled = تفكيك مجموعة
outcome-kind-arrest = إلقاء القبض
outcome-kind-attack_prevented = إحباط هجوم
outcome-kind-position_confirmed = تأكيد موقع
outcome-kind-false_positive = نتيجة إيجابية كاذبة

## أنواع كائنات STIX

kind-attack-pattern = نمط هجوم
kind-campaign = حملة
kind-course-of-action = مسار عمل
kind-grouping = تجميع
kind-identity = هوية
kind-incident = حادثة
kind-indicator = مؤشر
kind-infrastructure = بنية تحتية
kind-intrusion-set = مجموعة تسلل
kind-location = موقع
kind-malware = برمجية خبيثة
kind-malware-analysis = تحليل برمجية خبيثة
kind-note = ملاحظة
kind-observed-data = بيانات مرصودة
kind-opinion = رأي
kind-report = تقرير
kind-threat-actor = جهة فاعلة في التهديدات
kind-tool = أداة
kind-vulnerability = ثغرة
kind-relationship = علاقة
kind-sighting = رصد
kind-artifact = أثر رقمي
kind-autonomous-system = نظام مستقل
kind-directory = مجلد
kind-domain-name = اسم نطاق
kind-email-addr = عنوان بريد إلكتروني
kind-email-message = رسالة بريد إلكتروني
kind-file = ملف
kind-ipv4-addr = عنوان IPv4
kind-ipv6-addr = عنوان IPv6
kind-mac-addr = عنوان MAC
kind-mutex = قفل استبعاد متبادل (mutex)
kind-network-traffic = حركة مرور شبكية
kind-process = عملية
kind-software = برمجية
kind-url = عنوان URL
kind-user-account = حساب مستخدم
kind-windows-registry-key = مفتاح سجل Windows
kind-x509-certificate = شهادة X.509
kind-marking-definition = تعريف علامة
kind-language-content = ترجمة
kind-extension-definition = تعريف امتداد

## خصائص كائنات STIX كما تسميها صفحة الكائن

prop-name = الاسم
prop-description = الوصف
prop-aliases = الأسماء البديلة
prop-first_seen = أول ظهور
prop-last_seen = آخر ظهور
prop-objective = الهدف
prop-goals = الغايات
prop-sophistication = درجة التطور
prop-resource_level = الموارد
prop-primary_motivation = الدافع الرئيسي
prop-secondary_motivations = دوافع أخرى
prop-personal_motivations = الدوافع الشخصية
prop-roles = الأدوار
prop-threat_actor_types = أنواع الجهة الفاعلة في التهديدات
prop-indicator_types = أنواع المؤشر
prop-pattern = النمط
prop-pattern_type = لغة النمط
prop-pattern_version = إصدار لغة النمط
prop-valid_from = صالح من
prop-valid_until = صالح حتى
prop-kill_chain_phases = مراحل سلسلة الاختراق
prop-malware_types = أنواع البرمجية الخبيثة
prop-is_family = عائلة برمجيات
prop-capabilities = القدرات
prop-tool_types = أنواع الأداة
prop-tool_version = إصدار الأداة
prop-infrastructure_types = أنواع البنية التحتية
prop-published = تاريخ النشر
prop-report_types = أنواع التقرير
prop-object_refs = يتناول
prop-context = السياق
prop-content = المحتوى
prop-abstract = الملخص
prop-authors = المُعِدّون
prop-opinion = الرأي
prop-explanation = التعليل
prop-first_observed = أول رصد
prop-last_observed = آخر رصد
prop-number_observed = عدد مرات الرصد
prop-latitude = خط العرض
prop-longitude = خط الطول
prop-precision = الدقة (بالأمتار)
prop-region = الإقليم
prop-country = البلد
prop-administrative_area = المنطقة الإدارية
prop-city = المدينة
prop-street_address = عنوان الشارع
prop-postal_code = الرمز البريدي
prop-identity_class = نوع الهوية
prop-sectors = القطاعات
prop-contact_information = بيانات الاتصال
prop-relationship_type = العلاقة
prop-source_ref = من
prop-target_ref = إلى
prop-start_time = منذ
prop-stop_time = حتى
prop-sighting_of_ref = موضوع الرصد
prop-observed_data_refs = البيانات المرصودة
prop-where_sighted_refs = مكان الرصد
prop-count = العدد
prop-summary = رصد إجمالي
prop-value = القيمة
prop-hashes = قيم التجزئة
prop-external_references = المراجع الخارجية
prop-labels = الوسوم
prop-confidence = درجة الثقة
prop-lang = اللغة
prop-created = كُتب في
prop-modified = آخر تعديل
prop-revoked = ملغى
prop-resolves_to_refs = يُحَلّ إلى
prop-belongs_to_refs = يتبع
prop-size = الحجم
prop-mime_type = نوع الوسائط
prop-number = الرقم
prop-display_name = الاسم المعروض
prop-user_id = معرّف المستخدم
prop-sample_refs = العينات
prop-operating_system_refs = أنظمة التشغيل
prop-implementation_languages = لغات البرمجة
prop-architecture_execution_envs = يعمل على
prop-object_modified = الإصدار المترجَم
prop-contents = الترجمات
prop-definition_type = نوع العلامة
prop-definition = العلامة
prop-statement = البيان
prop-x_opencti_aliases = الأسماء البديلة (OpenCTI)

## العلاقات، بصيغة جمل على الكائنات التي تربط بينها

rel-attributed-to = يُنسب إلى
rel-authored-by = من إعداد
rel-based-on = يستند إلى
rel-beacons-to = يرسل إشارات إلى
rel-characterizes = يصف خصائص
rel-communicates-with = يتواصل مع
rel-compromises = يخترق
rel-consists-of = يتألف من
rel-controls = يتحكم في
rel-delivers = يُوصِل
rel-derived-from = مشتق من
rel-downloads = يُنزِّل
rel-drops = يزرع
rel-duplicate-of = نسخة مكررة من
rel-exfiltrates-to = يسرّب البيانات إلى
rel-exploits = يستغل
rel-has = يحتوي على
rel-hosts = يستضيف
rel-impersonates = ينتحل صفة
rel-indicates = يدل على
rel-investigates = يحقق في
rel-located-at = يقع في
rel-mitigates = يخفف من
rel-originates-from = ينشأ من
rel-owns = يملك
rel-related-to = مرتبط بـ
rel-remediates = يعالج
rel-resolves-to = يُحَلّ إلى
rel-targets = يستهدف
rel-uses = يستخدم
rel-variant-of = نسخة معدّلة من

## مجموعة قيد المتابعة

group-object-itself = المجموعة بوصفها معلومات
group-status-over-time = تطوّر الوضع بمرور الوقت
group-no-status = لم يُسجَّل أي وضع.
group-new-status = الوضع الجديد
group-note = ملاحظة
group-record = تسجيل الوضع
group-status-kept-by = تتولى تحديث وضعها الجهةُ العضو التي شاركتها والأمانة.
group-known-locations = المواقع المعروفة
group-no-locations = لا شيء فيما يمكنك رؤيته.
group-timeline = التسلسل الزمني
group-timeline-none = لا يوجد بعدُ مما يمكنك رؤيته ما يشير إلى هذه المجموعة.
group-status-line = { $state } منذ { $date } ({ $member })
group-status-note = { $state } منذ { $date } ({ $member }): { $note }
group-state-active = نشطة
group-state-dormant = خاملة
group-state-disrupted = معطَّلة النشاط
group-state-dismantled = مفكَّكة

## الإدارة

admin-title = الإدارة
admin-accounts-elsewhere = المستخدمون ورموزهم وشهاداتهم في صفحات المستخدمين؛ أما كلمة مرورك وعاملك الثاني ورموزك فهي في صفحة حسابك.
admin-users-pages = المستخدمون
admin-your-account = حسابك
admin-second-factor = العامل الثاني
admin-second-factor-required = يلزم كلَّ من يسجّل الدخول بكلمة مرور عاملٌ ثانٍ.
confirm-title = تأكيد
confirm-cancel = تراجع
user-disable-consequence = لن يتمكن { $user } من تسجيل الدخول بعد الآن، وتتوقف جميع جلسات { $user } ورموزه عن العمل فورًا. يمكن للمسؤول إعادة تفعيل الحساب.
user-disable-confirm = تعطيل { $user }
token-revoke-consequence = يتوقف الرمز { $name } عن العمل فورًا، ويُرفض من الآن فصاعدًا كل نظام يستخدمه. لا يمكن إرجاع رمز ملغى؛ أصدِر رمزًا جديدًا إن كانت الحاجة إليه قائمة.
token-revoke-confirm = إلغاء الرمز
admin-second-factor-require-consequence = سيحتاج كل من يسجّل الدخول بكلمة مرور إلى عامل ثانٍ. ويُطلب ممن ليس لديه عامل ثانٍ أن يُعدّه عند تسجيل دخوله التالي قبل أي شيء آخر.
admin-second-factor-stop-consequence = سيتمكن المستخدمون مجددًا من تسجيل الدخول بكلمة المرور وحدها، ما لم يختاروا بأنفسهم عاملًا ثانيًا.
stat-publish-tick = ضع علامة في المربع للنشر: يُرسَل التقرير إلى جميع الجهات الأعضاء ولا يمكن سحبه.
stat-publish-consequence = يُرسَل التقرير إلى جميع الجهات الأعضاء في المركز ويبقى ضمن التقارير المنشورة، ولا يمكن سحبه.
certificate-revoke-consequence = تُرفض الشهادة { $name } فورًا، ولا يعود بإمكان أي نظام يقدّمها الاتصال. لا يمكن إرجاع شهادة ملغاة؛ سجّل شهادة جديدة إن كانت الحاجة إليها قائمة.
certificate-revoke-confirm = إلغاء الشهادة
admin-second-factor-require-you = سيحتاج كل من يسجّل الدخول بكلمة مرور إلى عامل ثانٍ، وأنت منهم: ليس لديك عامل ثانٍ بعد، وستُعدّه مباشرة بعد هذا قبل أي شيء آخر. ويُطلب ممن ليس لديه عامل ثانٍ أن يُعدّه عند تسجيل دخوله التالي.
admin-second-factor-stop = إلغاء اشتراطه
admin-second-factor-optional = العامل الثاني متروك لاختيار كل مستخدم.
admin-second-factor-require = اشتراطه على الجميع
admin-second-factor-now-required = أصبح كل من يسجّل الدخول بكلمة مرور يحتاج الآن إلى عامل ثانٍ؛ ويُطلب ممن ليس لديه عامل ثانٍ أن يُعدّه أولًا.
admin-second-factor-no-longer = لم يعد العامل الثاني مشترطًا.
admin-export = التصدير
admin-export-link = تصدير كل ما يحق لـ { $member } رؤيته في حزمة STIX واحدة
admin-export-progress = تقدّم التصدير
admin-export-received = تم استلام { $size } ميغابايت
admin-export-failed = فشل التصدير (HTTP { $status }).
admin-export-interrupted = انقطع التصدير ولم يُحفظ أي شيء. أعد المحاولة.
admin-export-done = اكتمل التصدير: { $size } ميغابايت.
admin-collections = مجموعات TAXII
admin-collection = المجموعة
admin-alias = الاسم المستعار
admin-default-tlp = مستوى TLP الافتراضي
admin-everyone-reads = القراءة للجميع
admin-everyone-writes = الكتابة للجميع
admin-sharing-groups = مجموعات المشاركة
admin-group = المجموعة
admin-group-members = الأعضاء
admin-noisy-keys = مفاتيح الارتباط الكثيرة التكرار والمستبعدة
admin-key = المفتاح
admin-key-objects = الكائنات
admin-key-excluded = مستبعد

## سجل التدقيق

audit-title = سجل التدقيق
audit-intro = السجل كاملًا، من الأحدث إلى الأقدم، مئة قيد في كل صفحة. ويُقرأ أيضًا، وتُتحقّق سلسلته، بالأمر:
audit-action = الإجراء
audit-filter = تصفية
audit-when = الوقت
audit-actor = المنفِّذ
audit-subject = موضوع الإجراء

## الخريطة

map-count = { $count ->
    [0] لا يرد أي موقع في المعلومات المُتاحة لك.
    [zero] لا يرد أي موقع في المعلومات المُتاحة لك.
    [one] يرد موقع واحد في المعلومات المُتاحة لك.
    [two] يرد موقعان في المعلومات المُتاحة لك.
    [few] ترد { $count } مواقع في المعلومات المُتاحة لك.
    [many] يرد { $count } موقعًا في المعلومات المُتاحة لك.
   *[other] يرد { $count } موقع في المعلومات المُتاحة لك.
}
map-offline = تُرسم خريطة العالم من بيانات Natural Earth المضمَّنة في Liaison؛ ولا يُستخدم أي خادم لمربعات الخرائط.
map-zoom = التكبير والتصغير
map-zoom-in = تكبير
map-zoom-out = تصغير
map-world = العالم كله
map-fit = كل الأماكن
map-zoom-here = التكبير على هذا المكان
map-legend-group = مكان توجد فيه مجموعة قيد المتابعة
map-legend-place = مكان ورد ذكره في المعلومات
map-places = الأماكن
map-place = المكان
map-groups = المجموعات الموجودة فيه

## اجتماع واحد

meeting-held = اجتماع { $kind }، من { $starts } إلى { $ends } بتوقيت UTC
meeting-calendar-file = ملف التقويم
meeting-pack = حزمة وثائق الاجتماع للطباعة
meeting-agenda = جدول الأعمال
meeting-withheld = (المعلومات المرتبطة غير متاحة لك)
meeting-add-item = إضافة بند إلى جدول الأعمال
meeting-item-title = العنوان
meeting-item-link = مرتبط بـ
meeting-item-no-link = لا شيء
meeting-link-statistics = الإحصاءات منذ تأسيس المركز
meeting-link-vote = التصويت: { $title }
meeting-link-application = طلب انضمام: { $member }
meeting-link-report = إحصاءات منشورة: { $title }
meeting-item-object = أو معلومات، بمعرّفها في STIX (اختياري)
meeting-agenda-title-needed = أدخل عنوانًا للبند.
meeting-agenda-link-unknown = اختر من القائمة ما يرتبط به البند.
meeting-agenda-one-link = اربط البند بعنصر واحد فقط: إما من القائمة وإما بمعرّف STIX.
meeting-add = إضافة
meeting-attendance = الحضور
meeting-not-recorded = لم يُسجَّل الحضور.
meeting-present = حاضر
meeting-absent = غائب
meeting-record-attendance = تسجيل الحضور
meeting-delegates = من حضر عن الجهة العضو (الأسماء)
meeting-record = تسجيل
meeting-minutes = المحضر
meeting-minutes-markdown = المحضر (Markdown)
meeting-save = حفظ
meeting-decisions = القرارات
meeting-decided = اتُّخذ في الاجتماع
meeting-record-decision = تسجيل قرار
meeting-decision = القرار
meeting-decision-item = ضمن بند جدول الأعمال
meeting-item-none = لا شيء
meeting-decision-how = طريقة اتخاذ القرار
meeting-decision-recorded = اتُّخذ في الاجتماع: يُسجَّل
meeting-decision-vote = يُعرض على الأعضاء للتصويت (بأغلبية الأصوات المُدلى بها، شريطة مشاركة نصف الأعضاء على الأقل)
meeting-decision-days-label = مدة بقاء التصويت مفتوحًا (بالأيام)
meeting-decision-needed = اكتب نص القرار.
meeting-decision-item-unknown = اختر بند جدول الأعمال من القائمة.
meeting-decision-days = يبقى التصويت مفتوحًا مدةً تتراوح بين يوم واحد و365 يومًا.
meeting-actions = بنود العمل
meeting-add-action = إضافة بند عمل
meeting-action = الإجراء
meeting-assignee = المكلَّف بالتنفيذ
action-status-open = مفتوح
action-status-done = منجز
action-status-cancelled = ملغى

## إرسال المعلومات

submit-title = إرسال معلومات
submit-refused = لم يُخزَّن أي شيء. صحّح ما هو مبيَّن أدناه ثم أعد الإرسال؛ فما كتبته محفوظ.
submit-report = التقرير
submit-name = العنوان
submit-description = الملخص
submit-entities = ما يتناوله التقرير
submit-actor = الجهة الفاعلة في التهديدات أو المجموعة
submit-actor-hint = اختر من القائمة أثناء الكتابة مجموعةً تعرفها من قبل، أو اكتب اسمًا جديدًا.
submit-indicators = المؤشرات، مؤشر واحد في كل سطر: عناوين IP، والنطاقات، وعناوين URL، وعناوين البريد الإلكتروني، وقيم تجزئة MD5 أو SHA-256
submit-place = المكان
submit-place-hint = اختر مكانًا معروفًا من القائمة، أو سمِّ مكانًا جديدًا وأدخل إحداثياته.
submit-relation = علاقة المجموعة بالمكان
submit-since = منذ (التاريخ)
submit-markings = العلامات
submit-release-to = عند اختيار TLP:AMBER أو TLP:AMBER+STRICT، أتِحه أيضًا للجهات الأعضاء التالية
submit-orcon = ORCON: لا يجوز للجهات المتلقية إتاحته لغيرها
submit-button = إرسال التقرير
submit-import = استيراد حزمة STIX
submit-bundle = ملف الحزمة (JSON)
submit-import-button = استيراد
submit-import-progress = تقدّم الرفع
submit-import-sent = أُرسل { $percent }%
submit-import-checking = اكتمل الإرسال؛ ويتحقق المركز الآن من الكائنات ويخزّنها.
submit-imported-all = { $count ->
    [zero] لا توجد كائنات لاستيرادها.
    [one] استُورد الكائن.
    [two] استُورد الكائنان كلاهما.
    [few] استُوردت الكائنات الـ{ $count } جميعها.
    [many] استُوردت الكائنات الـ{ $count } جميعها.
   *[other] استُوردت الكائنات الـ{ $count } جميعها.
}
submit-imported-some = الكائنات المستوردة: { $stored } من أصل { $total }.
submit-import-refused = رُفضت هذه الكائنات، وخُزّنت الكائنات الأخرى:

## الإحصاءات والإنجازات

stat-title = الإحصاءات والإنجازات
stat-presets = الفترات
stat-preset-founding = منذ تأسيس المركز
stat-preset-12-months = آخر 12 شهرًا
stat-preset-this-year = العام الجاري
stat-preset-30-days = آخر 30 يومًا
stat-from = من تاريخ
stat-to = إلى تاريخ (دون احتسابه)
stat-show = عرض
stat-printable = نسخة للطباعة
stat-compiling = يجري احتساب أرقام هذه الفترة من كل ما يحتفظ به المركز؛ وفي المراكز الكبيرة يستغرق الاحتساب الأول بعض الوقت. يُعاد تحميل هذه الصفحة كل بضع ثوانٍ، وتُعرض الأرقام فور جاهزيتها.
stat-published = الإحصاءات المنشورة
stat-published-line = من { $from } إلى { $to }، نشرتها { $by }
stat-publish = النشر
stat-publishing = جارٍ النشر: يجري احتساب أرقام المركز بأكمله. يستغرق ذلك بضع ثوانٍ في المراكز الكبيرة، ويُفتح التقرير فور جاهزيته.
stat-on-agenda = إدراجه في جدول أعمال الاجتماع
stat-no-meeting = دون اجتماع
stat-publish-button = نشر التقرير
stat-choose-meeting = اختر اجتماعًا من القائمة.
stat-no-such-meeting = هذا الاجتماع غير موجود.
stat-period = { $center } · من { $from } إلى { $to } بتوقيت UTC
stat-generated = احتُسبت في { $at } بتوقيت UTC
stat-scope-viewer = تشمل المجاميع المركز بأكمله. أما الأرقام حسب الجهة العضو فلا تحتسب إلا المعلومات المُتاحة لـ { $member }.
stat-scope-published = التقرير رقم { $id }، نشرته { $by }: تحتسب الأرقام حسب الجهة العضو جميع المعلومات.
stat-printable-title = { $center } — الإحصاءات
stat-totals = المجاميع على مستوى المركز
stat-charts = الرسوم البيانية
stat-by-member = حسب الجهة العضو
stat-nothing = لا شيء في هذه الفترة.
stat-contributed = المعلومات المقدَّمة
stat-received = المعلومات المتلقّاة
stat-sightings = عمليات الرصد
stat-correlated = معلومات مرتبطة بمعلومات جهة عضو أخرى
stat-rfis_sent = طلبات المعلومات المرسلة
stat-rfis_answered = طلبات المعلومات المُجاب عنها
stat-rfi_median_response_hours = المدة الوسيطة حتى أول رد
stat-hit_questions = الاستعلامات عن وجود معلومات
stat-hits = الاستعلامات التي أسفرت عن وجود معلومات
stat-release_requests_granted = طلبات الإتاحة المقبولة
stat-outcomes = النتائج
stat-meetings = الاجتماعات
stat-minutes = { $n ->
    [zero] { $n } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $n } دقائق
    [many] { $n } دقيقة
   *[other] { $n } دقيقة
}
stat-hours = { $n ->
    [zero] { $n } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $n } ساعات
    [many] { $n } ساعة
   *[other] { $n } ساعة
}
stat-days = { $n ->
    [zero] { $n } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $n } أيام
    [many] { $n } يومًا
   *[other] { $n } يوم
}
stat-chart-trend = المعلومات المقدَّمة شهريًا
stat-chart-by-type = المعلومات المقدَّمة حسب النوع
stat-chart-by-tlp = المعلومات المقدَّمة حسب مستوى TLP
stat-chart-contributed-by-member = المعلومات المقدَّمة حسب الجهة العضو
stat-chart-received-by-member = المعلومات المتلقّاة حسب الجهة العضو
stat-chart-outcomes = النتائج حسب النوع
stat-chart-members = عدد الأعضاء في نهاية كل شهر

## ما ينتظره المستخدم، وما أُنجز للتو

home-our-requests = طلبات الإتاحة التي قدّمناها
home-our-request = { $what } من { $originator }
home-released-count = { $count ->
    [zero] لم يُتَح أي كائن
    [one] أُتيح كائن واحد
    [two] أُتيح كائنان
    [few] أُتيحت { $count } كائنات
    [many] أُتيح { $count } كائنًا
   *[other] أُتيح { $count } كائن
}
home-cast = أصواتنا في عمليات تصويت لا تزال مفتوحة
release-status-pending = بانتظار القرار
release-status-approved = مقبول
release-status-refused = مرفوض
done-release-requested = أُرسل طلب الإتاحة؛ ويعود البتّ فيه إلى ضباط الاتصال لدى الجهة المُنشئة، ويبقى مُدرجًا أدناه إلى أن يبتّوا فيه.
done-release-approved = تمت الموافقة على الإتاحة: أصبح بإمكان الجهة الطالبة الآن الاطلاع على ما طلبته.
done-release-refused = رُفض طلب الإتاحة، وأُبلغت الجهة الطالبة بذلك.
## التواريخ والأوقات كما يقرؤها كل قارئ

dates = التاريخ والوقت
dates-now = الوقت الآن
dates-calendar = التقويم
dates-calendar-follow = التقويم المعتاد في لغتي
calendar-gregorian = الميلادي
calendar-persian = الهجري الشمسي (الفارسي)
calendar-islamic = الهجري (أم القرى)
dates-zone = المنطقة الزمنية
dates-zone-hint = اسم منطقة زمنية مثل Asia/Tehran أو Europe/Paris؛ اتركه فارغًا لاستخدام UTC. يظهر الوقت بتوقيت UTC عند إبقاء المؤشر فوق أي وقت.
dates-save = حفظ
dates-saved = حُفظ تقويمك ومنطقتك الزمنية؛ تُعرض التواريخ في كل الصفحات وفقًا لهما من الآن.
## حزمة وثائق الاجتماع للطباعة

pack-title = { $title } — حزمة وثائق الاجتماع
pack-convened = دعت إلى هذا الاجتماع { $member } في { $date } بتوقيت UTC. طُبعت هذه الحزمة في { $printed } بتوقيت UTC.
pack-for-member = من حضر عن الجهة العضو
pack-due = الموعد النهائي (بتوقيت UTC)
pack-overdue = (متأخر)
pack-vote-open = عُرض على الأعضاء للتصويت، ولا يزال التصويت مفتوحًا
pack-vote-closed = { $outcome } بتصويت الأعضاء
pack-link-rfi = طلب المعلومات رقم { $id }: { $question }
no = لا

## البحث: التصفية والصفحات

search-filtered-by = مصفّاة حسب:
search-remove-filter = إزالة عامل التصفية
search-pages = صفحات النتائج
search-newest = أحدث النتائج
search-older = نتائج أقدم
## طلبات الانضمام

applications = طلبات الانضمام
application-sponsored = بتزكية من { $member }
application-applied = تاريخ تقديم الطلب: { $date }
application-vote = تصويت الأعضاء على الطلب
application-record = تسجيل طلب انضمام
application-name = الاسم المختصر
application-name-hint = أحرف لاتينية صغيرة وأرقام وشرطات، وهو الاسم الذي ستُعرف به الجهة في المركز (مثلًا: delta).
application-display-name = الاسم الكامل
application-description = التعريف بالجهة وأسباب طلبها الانضمام
application-contact = بيانات الاتصال
application-sponsor = الجهة المزكّية (جهة عضو كاملة الحقوق)
application-no-sponsor = دون تزكية
application-submit = تسجيل الطلب وفتح باب التصويت
done-applied = سُجّل الطلب، وفُتح باب تصويت الأعضاء عليه.
object-done-translation = أُضيفت ترجمتك: يرى قرّاء تلك اللغة الكائن بها.
object-translated = معروض بلغتك كما ترجمته { $member } ({ $translation }). { $original }
object-translated-earlier = معروض بلغتك كما ترجمت { $member } نسخة سابقة منه ({ $translation }). { $original }
object-the-translation = الترجمة
object-show-original = اعرض الأصل
object-translation-available = توجد ترجمة إلى لغتك: { $link }.
object-show-translation = اعرضها
object-translate = الترجمة
object-translate-help = أضف ترجمة جهتك لاسمه ووصفه. لا تصل الترجمة أبعد مما يصل إليه الكائن نفسه؛ ويراه قرّاء تلك اللغة بها، والأصل على بُعد نقرة واحدة.
object-translation-language = اللغة
object-translation-name = الاسم مترجمًا
object-translation-description = الوصف مترجمًا
object-add-translation = أضف الترجمة
object-translated-by = ترجمته { $member } { $into }
language-into = { $tag ->
    [ar] إلى العربية
    [fa] إلى الفارسية
    [ru] إلى الروسية
    [fr] إلى الفرنسية
    [en] إلى الإنجليزية
   *[other] إلى { $tag }
}
refusal-title-required = يجب أن يكون لمجموعة البيانات عنوان
refusal-name-required = أدخل اسم الهوية الذي تُعرف به (200 حرف كحد أقصى، وبأي نظام كتابة)
refusal-name-required-2 = أدخل اسمًا للشهادة لا يتجاوز 100 حرف، مثل اسم النظام الذي يستخدمها
refusal-pem-bad-certificate = تتعذر قراءة هذه الشهادة بوصفها شهادة X.509
refusal-pem-bad-pem = لم يُعثر على أي شهادة
refusal-pem-another-members-certificate = صدرت هذه الشهادة عن جهة إصدار الشهادات المسجّلة لعضو آخر؛ ولا يجوز اعتمادها لمستخدم تابع لهذا العضو
refusal-value-out-of-range = استعلم عن قيمة واحدة يتراوح طولها من 1 إلى 512 حرفًا: عنوان أو نطاق أو قيمة تجزئة أو بريد إلكتروني أو رقم هاتف أو اسم
refusal-target-own-member = تطّلع الجهة المنشئة أصلًا على معلوماتها الاستخبارية؛ حدّد عضوًا آخر لإتاحتها له
refusal-reason-required = اذكر سبب الحاجة إلى الإتاحة ('reason')؛ فالجهة المنشئة هي التي تبتّ في الطلب
refusal-api-root-bad-url = يجب أن يكون جذر API عنوان URL بصيغة http:// أو https:// (مثال: https://taxii.example.org/api1/)
refusal-api-root-credential-in-url = لا تضع اسم مستخدم أو كلمة مرور في عنوان URL؛ أدخلهما بوصفهما بيانات اعتماد مصدر البيانات، إذ تُحفظ مُشفَّرة
refusal-api-root-credential-in-clear = لا تُرسل بيانات الاعتماد إلا عبر https:// (ولا يُسمح باستخدام http:// غير المشفّر إلا مع هذا الجهاز)
refusal-remote-collection-required = أدخل معرّف مجموعة البيانات البعيدة كما يُدرجه خادمها تحت collections/
refusal-auth-bad-choice = يجب أن تكون المصادقة إحدى القيم: none أو basic أو bearer أو certificate
refusal-secret-unused = المصادقة 'none' لا تقبل بيانات اعتماد
refusal-secret-required = تتطلب مصادقة HTTP Basic اسم مستخدم وكلمة مرور
refusal-secret-required-2 = يلزم إدخال رمز مميز من نوع bearer
refusal-secret-required-3 = تُقدَّم شهادة العميل بصيغة PEM: الشهادة ومفتاحها الخاص
refusal-ca-not-https = لا تُستخدم جهة إصدار الشهادات إلا مع جذر API يبدأ بـ https://
refusal-release-to-not-amber = لا تنطبق قوائم الإتاحة إلا على TLP:AMBER و TLP:AMBER+STRICT
refusal-reason-required-2 = اذكر سبب التغيير ('--reason')؛ إذ يُحفظ في سجل العضو
refusal-description-required = يجب أن يتضمن طلب الانضمام وصفًا وجهة اتصال
refusal-days-out-of-range = يظل التصويت على الانضمام مفتوحًا مدة تتراوح من 1 إلى 365 يومًا
refusal-term-months-out-of-range = تتراوح مدة الولاية من 1 إلى 60 شهرًا
refusal-title-required-2 = يجب أن يكون للاجتماع عنوان
refusal-ends-before-start = يجب أن يكون موعد انتهاء الاجتماع لاحقًا لموعد بدئه
refusal-title-required-3 = يجب أن يكون لبند العمل عنوان
refusal-title-required-4 = يجب أن يكون لكل بند في جدول الأعمال عنوان
refusal-text-required = يجب إدخال نص القرار
refusal-question-required = يجب أن يتضمن طلب المعلومات السؤال المطروح
refusal-deadline-not-in-future = يجب أن يكون الموعد النهائي في المستقبل
refusal-to-no-recipient = لا يوجد عضو لتوجيه الطلب إليه
refusal-text-required-2 = يجب أن تتضمن الإجابة نصًا أو كائنات
refusal-q-required = أدخل كلمة واحدة على الأقل للبحث عنها
refusal-q-too-long = لا يجوز أن يتجاوز طول عبارة البحث 500 حرف
refusal-to-before-start = يجب أن تكون نهاية الفترة لاحقة لبدايتها
refusal-name-required-3 = أدخل عنوانًا للتقرير
refusal-location-out-of-range = خط العرض رقم من -90 إلى 90، وخط الطول رقم من -180 إلى 180
refusal-place-relation-unknown = اختر من القائمة طبيعة علاقة المجموعة بالمكان
refusal-since-not-a-date = أدخل التاريخ بصيغة سنة-شهر-يوم، مثل 2026-03-01
refusal-actor-restricted = توجد لديك مجموعة بهذا الاسم ضمن إتاحة أضيق من الإتاحة لجميع الأعضاء: قدّم تقريرك عنها من صفحة المجموعة نفسها، أو اختر اسمًا مختلفًا للمجموعة الجديدة
refusal-location-restricted = يوجد لديك مكان بهذا الاسم ضمن إتاحة أضيق من الإتاحة لجميع الأعضاء: اختر اسمًا مختلفًا للمكان الجديد وأدخل إحداثياته
refusal-location-place-exists = يوجد مكان معروف بهذا الاسم بالفعل: اترك الإحداثيات فارغة لاستخدامه، أو اختر اسمًا مختلفًا للمكان الجديد
refusal-location-coordinates-needed = لا يوجد بعدُ مكان معروف بهذا الاسم: أدخل خط العرض وخط الطول الخاصين به
refusal-indicators-nothing-referred = يجب أن يشير التقرير إلى شيء ما: أضف جهة فاعلة أو مؤشرًا أو مكانًا
refusal-language-not-a-language = اختر لغة الترجمة برمزها، مثل ar أو fa أو ru أو fr أو en
refusal-name-required-4 = ترجم الاسم أو الوصف أو كليهما
refusal-objects-required = يجب ربط النتيجة بالمعلومات الاستخبارية التي أدّت إليها ('objects')
refusal-name-required-5 = أدخل اسمًا للرمز المميز لا يتجاوز 100 حرف، مثل اسم عميل TAXII الذي سيستخدمه
refusal-expires-in-the-past = يجب أن تنتهي صلاحية الرمز المميز في تاريخ مستقبلي، أو ألا تنتهي أبدًا
refusal-current-password-wrong = هذه ليست كلمة مرورك الحالية
refusal-password-unchanged = اختر كلمة مرور مختلفة عن كلمة المرور الحالية
refusal-roles-center-role = لا يمنح دورَي مسؤول إدارة المركز والأمانة إلا مسؤولو إدارة المركز
refusal-roles-secretariat-only = دور الأمانة مخصص لمستخدمي أمانة المركز
refusal-roles-required = امنح المستخدم دورًا واحدًا على الأقل: analyst أو liaison_officer أو delegate أو member_administrator (أو بالنسبة إلى المركز: secretariat أو administrator)
refusal-roles-center-role-2 = يشغل هذا المستخدم أحد أدوار المركز؛ ولا يغيّر أدواره إلا مسؤولو المركز
refusal-roles-own-role = لا يجوز لك سحب دور مسؤول الإدارة من نفسك؛ اطلب ذلك من مسؤول آخر
refusal-disabled-own-account = لا يجوز لك تعطيل حسابك
refusal-display-name-required = يتكون اسم العرض من 1 إلى 200 حرف
refusal-code-wrong = رمز التحقق هذا غير مطابق؛ تحقّق من ساعة التطبيق وأدخل الرمز الظاهر فيه الآن
refusal-code-not-started = ابدأ من جديد: أعدّ تطبيق المصادقة أولًا
refusal-url-credential-in-url = لا تضع اسم مستخدم أو كلمة مرور في عنوان URL الخاص بخطاف الويب (webhook)؛ إذ يتحقق المستلم من التوقيع بدلًا من ذلك
table-range = { $first }–{ $last } من { $total }
table-previous = الصفحة السابقة
table-next = الصفحة التالية
table-pages = صفحات القائمة
table-filters = تضييق القائمة
table-filter = اعرض
table-all = الكل
table-clear = امسح عوامل التصفية
table-none-filtered = لا شيء في القائمة يطابق عوامل التصفية هذه.
groups-window = مأخوذة من أحدث المجموعات التي يمكنك رؤيتها، وعددها { $count }.
stat-top-groups = المجموعات الأكثر ورودًا في التقارير
stat-top-groups-note = المجموعات المتابَعة التي يشير إليها أكبر قدر من المعلومات المتبادلة في هذه الفترة (العلاقات وعمليات الرصد والتقارير). لا تُسمّى إلا المجموعات المتاحة لجميع الأعضاء.
stat-group = المجموعة
stat-group-kind = النوع
stat-group-objects = المعلومات التي تشير إليها
stat-achievements = الإنجازات
stat-achievements-note = نتائج هذه الفترة والمعلومات التي أدّت إليها، من الأحدث إلى الأقدم. لا تُسمّى إلا المعلومات المتاحة لجميع الأعضاء، ويُعدّ الباقي عدًّا.
stat-achievement = { $kind } في { $date }، سجّلتها { $member }
stat-achievement-led-by = أدّت إليها:
stat-achievement-from = شاركها { $members }
stat-achievement-withheld = { $n ->
    [zero] لا توجد كائنات مرتبطة أخرى غير متاحة لجميع الأعضاء.
    [one] كائن مرتبط آخر لم يُتَح لجميع الأعضاء.
    [two] كائنان مرتبطان آخران لم يُتاحا لجميع الأعضاء.
    [few] { $n } كائنات مرتبطة أخرى لم تُتَح لجميع الأعضاء.
    [many] { $n } كائنًا مرتبطًا آخر لم يُتَح لجميع الأعضاء.
   *[other] { $n } كائن مرتبط آخر لم يُتَح لجميع الأعضاء.
    }
submit-release-to-users = عند اختيار TLP:RED، أتِحه لهؤلاء الأشخاص بالاسم
submit-recipient-filter = ابحث عن شخص
refusal-release-to-users-not-red = لا يُسمّى المتلقّون بأسمائهم إلا مع TLP:RED؛ اختر TLP:RED، أو أتِحه لجهات أعضاء
audit-action-hint = إجراء، أو بدايته: objects، objects.read، member.
audit-from = من (بتوقيتك)
audit-to = إلى (غير مشمول)
audit-newest = أحدث القيود
audit-older = قيود أقدم
audit-no-such-member = اختر جهة عضوًا من القائمة.
vote-awaiting = بانتظار تصويت جهتك
vote-title-admission = قبول { $member }
refusal-value-no-member = لا توجد جهة عضو باسم '{ $value }'
refusal-value-no-recipient = لا يوجد مستخدم مخوَّل بالقراءة باسم '{ $value }'؛ اختر المتلقّين من القائمة
refusal-value-no-assignee = لا توجد جهة عضو باسم '{ $value }'؛ قائمة الأعضاء تذكر الأسماء
refusal-value-zone-iana = '{ $value }' ليست منطقة زمنية: استخدم اسمًا من IANA مثل Europe/Brussels أو Asia/Tehran
refusal-value-zone-meeting = '{ $value }' ليس اسم منطقة زمنية مثل Europe/Brussels أو UTC
refusal-value-zone-reader = '{ $value }' ليس اسم منطقة زمنية مثل Asia/Tehran أو Europe/Paris أو UTC
refusal-value-not-a-time = يجب أن يكون '{ $value }' تاريخًا ووقتًا مثل 2026-12-01T09:00، أو تاريخًا مثل 2026-12-01
refusal-value-not-a-tlp = '{ $value }' ليس مستوى TLP: استخدم clear أو green أو amber أو amber+strict أو red
refusal-value-sponsor = يجب أن تكون الجهة المزكّية '{ $value }' جهة عضوًا كاملة الحقوق
refusal-value-not-visible = { $value } ليس كائنًا يمكنك رؤيته؛ لا تربط إلا ما تراه
refusal-value-webhook-url = '{ $value }' ليس عنوان خطاف ويب: أدخل عنوانًا يبدأ بـ http:// أو https://
refusal-value-feed-user = تَرِد الكائنات باسم مستخدم من الجهة العضو '{ $value }'؛ سمِّ واحدًا
refusal-password-too-short = تتكوّن كلمة المرور من 12 حرفًا على الأقل؛ بضع كلمات لا رابط بينها تصنع كلمة مرور جيدة
refusal-password-too-long = تتكوّن كلمة المرور من 256 حرفًا على الأكثر
refusal-password-length = تتكوّن كلمة المرور من 12 إلى 256 حرفًا
refusal-feed-interval = اسحب كل 10 ثوانٍ إلى 30 يومًا
not-active-notice = جهتك، { $member }، في حالة «{ $status }»: تُفتح معلومات المركز وحوكمته واجتماعاته لأفرادها متى صارت عضوًا أو مراقبًا. وإلى ذلك الحين يمكنك إدارة حسابك هنا، وتُطلعك أمانة المركز على المزيد.
refusal-value-applicant-users = '{ $value }' جهة متقدّمة بطلب انضمام: يحصل أفرادها على حسابات متى قبلها الأعضاء
vocab-activist = ناشط
vocab-competitor = منافس
vocab-crime-syndicate = عصابة إجرامية منظمة
vocab-criminal = مجرم
vocab-hacker = مخترق
vocab-insider-accidental = مطّلع من الداخل عن غير قصد
vocab-insider-disgruntled = مطّلع من الداخل ساخط
vocab-nation-state = دولة
vocab-sensationalist = باحث عن الإثارة
vocab-spy = جاسوس
vocab-terrorist = إرهابي
vocab-unknown = غير معروف
vocab-anomalous-activity = نشاط غير اعتيادي
vocab-anonymization = إخفاء الهوية
vocab-benign = غير ضار
vocab-compromised = مخترَق
vocab-malicious-activity = نشاط خبيث
vocab-attribution = الإسناد
vocab-threat-report = تقرير عن التهديد
rfi-ask-liaison-only = يرسل ضباط الاتصال في كل جهة عضو طلبات المعلومات ويجيبون عنها؛ اطلب من ضابط الاتصال لديك إرسال طلب.
nav-notifications = الإشعارات
notices-title = الإشعارات
notices-intro = ما أُبلغت به جهتك، من الأحدث إلى الأقدم. تعرض الصفحة الرئيسية ما استجدّ منذ آخر مرة نظرت فيها هنا.
notices-new = جديد
home-news = جديد لجهتك
home-news-all = كل الإشعارات
notice-rfi = تطرح { $from } سؤالًا ({ $priority })، والإجابة مطلوبة قبل { $deadline }
notice-rfi-answer = أجابت { $from } عن طلب معلومات من جهتك
notice-rfi-reminder = يحلّ أجل طلب معلومات موجّه إلى جهتك في { $deadline }
notice-release-request = تطلب { $from } من جهتك إتاحة معلومات لـ { $to }
notice-release-decision = بتّت { $originator } في طلب الإتاحة المقدَّم من جهتك: { $status }
notice-hit = سألت { $asked_by } عن قيمة تتضمّنها معلومات لدى جهتك غير متاحة لها
notice-meeting = دُعي إلى اجتماع: { $title }
notice-meeting-minutes = محضر { $title }
notice-meeting-agenda = بند جديد في جدول أعمال { $title }: { $item }
notice-meeting-decision = تقرّر في { $title }: { $item }
notice-action-item = إجراء مطلوب من جهتك: { $title }، موعده { $due }
notice-statistics = نُشرت الإحصاءات: { $title }
notice-other = إشعار: { $kind }

requests-title = طلبات الإتاحة
requests-intro = الطلبات التي وجّهتها جهتك إلى جهات أعضاء أخرى للاطلاع على معلومات لا يحق لها قراءتها بعد، والطلبات التي وجّهتها جهات أخرى إلى جهتك. يبتّ ضباط الاتصال في جهتك في الطلبات الموجّهة إليها.
requests-none = لم ترسل جهتك أي طلب إتاحة ولم تتلقَّ أيًّا منها.
requests-way = الاتجاه
requests-asked-of-us = وارد إلينا
requests-sent-by-us = صادر منّا
requests-asked-on = تاريخ الطلب
requests-what = المطلوب
requests-decision = القرار
home-requests-all = كل طلبات الإتاحة
members-summary = { $members ->
    [zero] لا جهة عضو
    [one] جهة عضو واحدة
    [two] جهتان عضوان
    [few] { $members } جهات أعضاء
    [many] { $members } جهة عضوًا
   *[other] { $members } جهة عضو
} بوضع سليم، من أصل { $known } عرفها المركز.
members-all = كل الأعضاء، مع وضع كلٍّ منهم وطلبات انضمامه
members-back = العودة إلى الحوكمة

error-next-401 = انتهت جلستك أو لم تسجّل الدخول بعد. سجّل الدخول ثم افتح الصفحة مجددًا.
error-next-403 = لا تسمح أدوارك بذلك. يمنح مسؤول جهتك الأدوار؛ راجعه إن كان عملك يتطلّب ذلك.
error-next-404 = هذا غير موجود هنا، أو لم يُتَح لجهتك. ابحث عنه، أو اطلب إتاحته من الجهة المُنشئة.
error-next-413 = ما أُرسل أكبر مما تقبله هذه الصفحة. أرسله على أجزاء أصغر.
error-next-429 = محاولات كثيرة في وقت قصير. انتظر دقيقة ثم حاول مجددًا.
error-next-500 = لم يضِع شيء مما قُبل من قبل. حاول مجددًا؛ وإن تكرّر ذلك فأبلغ مسؤولي المركز بوقت حدوثه.
error-next-503 = المركز مشغول لحظةً. انتظر بضع ثوانٍ ثم حاول مجددًا.

applications-open = طلبات انضمام معروضة على تصويت الأعضاء
applications-all = كل طلبات الانضمام ونتائجها
application-applicant = الجهة المتقدّمة
application-applied-on = تاريخ التقديم

refusal-value-cannot-be-asked = لا يمكن توجيه الطلب إلى '{ $value }' لأن وضعها: { $member_status }
refusal-value-rfi-closed = وضع طلب المعلومات هذا: { $rfi_status }؛ ولم يعد يقبل إجابات
refusal-value-rfi-already = وضع طلب المعلومات هذا هو أصلًا: { $rfi_status }
refusal-value-cannot-vote = لا يحق لجهتك التصويت لأن وضعها: { $member_status }
refusal-value-request-decided = سبق البتّ في هذا الطلب: { $release_status }
refusal-value-applicant-by-vote = '{ $value }' جهة متقدّمة بطلب انضمام؛ وتصبح عضوًا بتصويت على قبولها لا بأمر
refusal-value-founding = لا يكون عضوًا مؤسِّسًا إلا عضو؛ ووضع '{ $value }': { $member_status }
refusal-value-invited = وضع '{ $value }': { $member_status }؛ ولا يُدعى إلا الأعضاء والمراقبون
refusal-value-presidency = لا يتولّى الرئاسة إلا عضو بوضع سليم؛ ووضع '{ $value }': { $member_status }
refusal-value-identity-registered = { $value } مسجَّلة أصلًا لجهة عضو
refusal-value-identity-of = { $value } هي أصلًا هوية للجهة العضو '{ $member }'
refusal-value-identity-kind = '{ $value }' من نوع «{ $kind }»؛ والجهة العضو تُعِدّ المعلومات بصفتها هوية (identity--UUID)
refusal-value-feed-exists = يوجد أصلًا مصدر بيانات باسم '{ $value }'
refusal-value-feed-user-disabled = مستخدم مصدر البيانات '{ $value }' معطَّل؛ سمِّ مستخدمًا آخر عبر `liaison feed` أو أعد تفعيله
refusal-analysts-only = تبادل المعلومات الاستخباراتية وعمليات الرصد والنتائج والترجمات وطلبات الإتاحة من عمل المحلل؛ اطلب دور المحلل من مسؤول جهتك العضو
refusal-value-feed-user-analyst = تَرِد الكائنات باسم محلل من الجهة العضو '{ $value }'؛ امنح '{ $user }' دور المحلل أو سمِّ مستخدمًا آخر
refusal-value-user-exists = يوجد أصلًا مستخدم باسم '{ $value }'
refusal-value-member-exists = توجد أصلًا جهة عضو باسم '{ $value }'
refusal-value-organisation-known = يعرف المركز أصلًا جهة باسم '{ $value }'
refusal-value-collection-exists = توجد أصلًا مجموعة بالاسم المستعار '{ $value }'
refusal-value-group-exists = توجد أصلًا مجموعة مشاركة باسم '{ $value }'
refusal-value-not-tracked = { $value } من نوع «{ $kind }»؛ ولا تُسجَّل الأوضاع إلا للجهات الفاعلة في التهديدات ومجموعات التسلل والحملات
refusal-value-bad-name = '{ $value }' ليس اسمًا صالحًا لـ«{ $what }»: استخدم من 2 إلى 64 محرفًا من a-z و0-9 و'-' و'_' و'.'
refusal-value-throttled = محاولات فاشلة كثيرة من هذا الموقع أو لهذا الحساب؛ حاول مجددًا بعد { $seconds ->
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
   *[other] { $seconds } ثانية
}
refusal-value-hits-limit = طرحت جهتك في الساعة الأخيرة أسئلة استعلام عن الوجود عددها { $asked }، وهو أقصى ما يسمح به المركز ({ $limit })؛ حاول لاحقًا
refusal-value-webhook-network = { $value } عنوان استرجاع محلي أو خاص أو محلي الارتباط أو عنوان بيانات وصفية سحابية، ولا يتصل به المركز ما لم يأذن مسؤوله بتلك الشبكة (`liaison network allow`)
refusal-value-pem = هذه ليست شهادة PEM ({ $why })؛ أعطِ النص من -----BEGIN CERTIFICATE----- إلى -----END CERTIFICATE-----
name-kind-member = جهة عضو
name-kind-user = مستخدم
name-kind-feed = مصدر بيانات
name-kind-collection-alias = اسم مستعار لمجموعة
name-kind-sharing-group = مجموعة مشاركة

actions-title = بنود العمل
actions-intro = ما طلبته الاجتماعات من كل جهة عضو، وموعد إنجازه. يؤشّر أفراد الجهة المكلَّفة والرئاسة والأمانة على البند بأنه أُنجز أو أُلغي.
actions-meeting = الاجتماع
actions-due = موعد الإنجاز
actions-close = الإغلاق
actions-all = كل بنود العمل
actions-ours = كل بنود العمل المكلَّفين بها
action-status-overdue = متأخر
action-mark-done = أُنجز
done-action-done = أُشّر على بند العمل بأنه أُنجز.
done-action-cancelled = أُلغي بند العمل.
meeting-due-label = موعد الإنجاز (بتوقيتك، { $zone })

refusal-actor-narrower-than-report = مجموعتك التي تحمل هذا الاسم متاحة لقرّاء أقل من قرّاء هذا التقرير، فلن يروها إلا معرّفًا: لا تُتِح التقرير على نطاق أوسع من المجموعة، أو سمِّ المجموعة الجديدة باسم آخر
refusal-location-narrower-than-report = مكانك الذي يحمل هذا الاسم متاح لقرّاء أقل من قرّاء هذا التقرير، فلن يروه إلا معرّفًا: لا تُتِح التقرير على نطاق أوسع من المكان، أو سمِّ المكان الجديد باسم آخر

member-change-status = تغيير الوضع
member-status-reason = السبب (يُحفظ في سجلّها)
member-status-change = تغيير
member-add = إضافة جهة عضو
member-add-founding = جهة عضو مؤسِّسة
member-add-hint = الجهة المضافة هنا تنضم فورًا؛ أما الجهة التي تطلب الانضمام فيُسجَّل طلبها في صفحة طلبات الانضمام ويصوّت عليه الأعضاء.
member-add-submit = إضافة الجهة العضو
done-member-added = أُضيفت الجهة العضو. يمكن الآن دعوة مسؤوليها من صفحة المستخدمين.
done-member-status = تغيّر وضع الجهة العضو، وحُفظ السبب في سجلّها.
presidency-appoint = تعيين الرئاسة القادمة
presidency-appoint-hint = تبدأ الولاية عند انتهاء الولاية الحالية (أو الآن إن لم تكن هناك ولاية جارية) وتمتد وفق قاعدة الرئاسة.
presidency-basis = على أي أساس (قرار، اجتماع)
presidency-basis-none = عيّنها مسؤولو المركز
presidency-appoint-submit = تعيين
done-appointed = عُيّنت الرئاسة.

rfi-asked-of = موجَّه إلى { $members }
rfi-close = إغلاق طلب المعلومات
rfi-close-hint = لن تُقبل إجابات أخرى؛ وتبقى الإجابات المقدَّمة.
done-rfi-closed = أُغلق طلب المعلومات.
done-rfi-sent = أُرسل طلب المعلومات؛ وأُبلغت الجهات الموجَّه إليها، وتصل إجاباتها هنا.
done-rfi-answered = أُرسلت إجابتك؛ وأُبلغت الجهة الطالبة.

release-answer = الرد (اختياري؛ تقرؤه الجهة الطالبة)
action-mark-cancelled-long = إلغاء البند
invite-applicant = ما زالت هذه الجهة متقدّمة بطلب انضمام: يُدعى أفرادها متى قبلها الأعضاء.
notice-meeting-decision-to-vote = عُرض على تصويت الأعضاء في { $title }: { $item }
application-contact-is = جهة الاتصال: { $contact }
audit-dates-reversed = هذا التاريخ يسبق التاريخ الأول: بدّل بينهما، أو امحُ أحدهما.

refusal-value-not-found = غير موجود أو غير متاح لك: { $thing }
thing-object = الكائن
thing-user = المستخدم
thing-collection = المجموعة
thing-RFI = طلب المعلومات
thing-member = الجهة العضو
thing-token = الرمز
thing-status = الوضع
thing-sharing-group = مجموعة المشاركة
thing-release-request = طلب الإتاحة
thing-published-report = التقرير المنشور
thing-meeting = الاجتماع
thing-webhook = خطاف الويب
thing-vote = التصويت
thing-session = الجلسة
thing-member-identity = هوية الجهة العضو
thing-feed = مصدر البيانات
thing-certificate = الشهادة
thing-application = طلب الانضمام
thing-agenda-item = بند جدول الأعمال
thing-action-item = بند العمل

refusal-value-not-ipv4 = '{ $value }' ليس عنوان IPv4: كل رقم من أرقامه الأربعة بين 0 و255
refusal-value-not-observable = '{ $value }' ليس عنوان IP ولا نطاقًا ولا URL ولا بريدًا إلكترونيًا ولا قيمة تجزئة MD5/SHA-1/SHA-256/SHA-512
refusal-separator = {"؛ "}
marking-release-list = قائمة الإتاحة
refusal-secretariat-status = تحتفظ الأمانة بوضعها: فتعليقها أو سحبها يقطع على مسؤولي المركز كل وصول
refusal-value-action-closed = وضع بند العمل هذا أصلًا: { $action_status }
refusal-release-asked-already = سبق أن طلبت جهتك هذا، وما زال الطلب بانتظار قرار الجهة المُنشئة؛ وهو مُدرج في صفحة طلبات الإتاحة
stat-automatic-title = الإحصاءات من { $from } إلى { $to }
meeting-minutes-hint = اكتب بصيغة Markdown: عناوين وقوائم وروابط وتأكيد. لا يُدرج في المحضر ما يُكتب بلغة HTML.
sighting-recorded = (سُجّل في { $date })
nav-operations = العمليات
nav-joint-operations = العمليات المشتركة
operations-title = العمليات وتفادي التعارض
operations-intro = سجّل هنا عمليات جهتك العضو مع محدِّدات أهدافها وأنشطتها المخطَّطة. لا تراها أي جهة عضو أخرى. وإذا احتوت عملية نشطة لجهة أخرى على أحد المحدِّدات نفسها، أو خطّطت لنشاط قريب من نشاطك مكانًا وزمانًا، أُبلغت الجهتان كلتاهما فورًا بمن ينبغي الاتصال به، ولا شيء غير ذلك.
operations-ours = عملياتنا
operations-none = لم تسجّل جهتك العضو أي عملية بعد.
operations-all = كل عملياتنا
operation-name = الاسم (لا تراه إلا جهتك العضو)
operation-contact = جهة الاتصال
operation-contact-help = من تتصل به جهة عضو أخرى إذا التقى عملها بهذه العملية: مكتب ورقم هاتف. هذا كل ما تعرفه الجهة الأخرى.
operation-registered = سُجِّلت
operation-register = تسجيل عملية
operation-register-help = أعطها اسمًا يعرفه فريقك وجهة اتصال، ثم أضف محدِّداتها وأنشطتها.
operation-register-button = سجّل العملية
operation-registered-on = سُجِّلت في { $date }
operation-closed-on = أُغلقت في { $date }
operation-status-active = نشطة
operation-status-closed = مغلقة
operation-selectors = المحدِّدات
operation-selectors-kept = لا تُحفظ كل قيمة إلا بصمةً مشفّرة بمفتاح: لا يستطيع أحد، ولا جهتك العضو، قراءتها هنا. احتفظ بقائمتك الخاصة؛ ومرجعك يخبرك أيّها تطابق.
operation-selectors-none = لا محدِّدات بعد.
selector-kind = النوع
selector-reference = مرجعك
selector-lines = المحدِّدات، واحد في كل سطر: النوع، القيمة، المرجع
selector-lines-help = الأنواع: phone (بالصيغة الدولية، ‎+44 20 7946 0958)، email، iban، plate (لوحة المركبة)، ip، domain، identifier (جواز سفر، بطاقة هوية، رقم سجل) أو object (معرّف STIX يمكنك رؤيته). المرجع اختياري. يُذكر السطر الخاطئ، ولا يُسجَّل شيء من القائمة حتى يُصحَّح.
selector-add = سجّل هذه المحدِّدات
selector-kind-phone = رقم هاتف
selector-kind-email = عنوان بريد إلكتروني
selector-kind-iban = رقم IBAN
selector-kind-plate = لوحة مركبة
selector-kind-ip = عنوان IP
selector-kind-domain = نطاق
selector-kind-identifier = معرِّف
selector-kind-object = عنصر استخباراتي
operation-events = الأنشطة المخطَّطة
operation-events-help = أين ومتى سيعمل فريقك. نشاط جهة عضو أخرى تتداخل دائرته ووقته مع نشاطك هو تعارض، ويُبلَّغ به الطرفان فورًا.
operation-events-none = لا أنشطة مخطَّطة بعد.
event-kind = نوع النشاط
event-place = المكان
event-starts = البداية
event-ends = النهاية
event-starts-label = البداية ({ $zone })
event-ends-label = النهاية ({ $zone })
event-latitude = خط العرض (من ‎-90 إلى 90)
event-longitude = خط الطول (من ‎-180 إلى 180)
event-location = أو موقع يمكنك رؤيته، بمعرّفه (تؤخذ إحداثياته)
event-radius = نصف القطر بالأمتار
event-add = سجّل هذا النشاط
event-kind-surveillance = مراقبة
event-kind-search = تفتيش
event-kind-arrest = اعتقال
event-kind-undercover_meeting = لقاء سري
event-kind-other = أخرى
operation-close = إغلاق العملية
operation-close-help = العملية المغلقة لا تتطابق مع شيء بعد ذلك، ولا يمكن فتحها من جديد.
operation-close-confirm = انتهت هذه العملية
operation-close-button = أغلق العملية
deconflictions-title = حالات التعارض
deconflictions-all = { $count ->
    [zero] لا توجد حالات تعارض
    [one] حالة التعارض الوحيدة
    [two] حالتا التعارض
    [few] جميع حالات التعارض ({ $count })
    [many] جميع حالات التعارض ({ $count })
   *[other] جميع حالات التعارض ({ $count })
}
deconflictions-intro = حيث التقت عمليات جهتك العضو بعمليات جهة أخرى: الهدف نفسه، أو أنشطة متقاربة في المكان والزمان. اتصل بجهة الاتصال المذكورة؛ ولا يُعرض أي شيء آخر عن عمليتها.
deconflictions-none = لم تلتقِ أي عملية لجهتك العضو بعملية جهة أخرى.
deconflictions-none-here = لم تلتقِ هذه العملية بعملية أي جهة أخرى.
deconfliction-when = متى
deconfliction-kind = ما الذي التقى
deconfliction-ours = عمليتنا
deconfliction-other = الجهة العضو الأخرى
deconfliction-call = اتصل بـ
deconfliction-kind-target = الهدف نفسه
deconfliction-kind-event = أنشطة متقاربة مكانًا وزمانًا
done-operation-registered = سُجِّلت العملية. أضف محدِّداتها وأنشطتها أدناه.
done-operation-closed = أُغلقت العملية: لن تتطابق مع شيء بعد الآن.
done-operation-selectors = المحدِّدات المسجَّلة: { $count }. لم يلتقِ أيٌّ منها بعملية جهة أخرى.
done-operation-selectors-met = المحدِّدات المسجَّلة: { $count }. حالات التعارض: { $met }. انظر أدناه بمن تتصل.
done-operation-events = الأنشطة المسجَّلة: { $count }. لم يلتقِ أيٌّ منها بعملية جهة أخرى.
done-operation-events-met = الأنشطة المسجَّلة: { $count }. حالات التعارض: { $met }. انظر أدناه بمن تتصل.
notice-deconfliction = تعمل { $other } على ما تعمل عليه عمليتك { $operation } ({ $match }): اتصل بـ { $contact }
input-field-kind = النوع
input-field-value = القيمة
input-field-reference = المرجع
input-field-latitude = المكان
input-field-location = المكان
input-field-radius_m = نصف القطر
input-field-starts = البداية
input-field-ends = النهاية
refusal-operation-name = تحتاج العملية إلى اسم لا يتجاوز 200 حرف، لا تراه إلا جهتك العضو
refusal-operation-contact = سمِّ جهة اتصال يمكن لجهة عضو أخرى الاتصال بها إذا التقى عملها بعملك (من 3 إلى 300 حرف)
refusal-operation-role = يسجّل العمليات ويطّلع عليها محللو الجهة العضو وضباط الاتصال فيها
refusal-operation-closed-already = هذه العملية مغلقة أصلًا
refusal-operation-closed = هذه العملية مغلقة: سجّل عملية أخرى لعمل جديد
refusal-lines-empty = القائمة فارغة: أعطِ سطرًا واحدًا على الأقل
refusal-lines-too-many = أرسل 10000 سطر على الأكثر في المرة الواحدة (يرسل `liaison operation import` الملف على أجزاء)
refusal-lines-nothing-stored = لم يُسجَّل شيء من هذه القائمة: صحّح هذه الأسطر وأرسلها من جديد
refusal-deconfliction-key = شُغِّلت هذه العقدة دون مفتاح تفادي التعارض؛ اطلب من المشغّل تشغيلها بملف مفتاح تفادي التعارض الخاص بالمركز
refusal-reference-long = لا يتجاوز المرجع 200 حرف
refusal-event-place = أعطِ مكانًا: إما خط عرض (من ‎-90 إلى 90) وخط طول (من ‎-180 إلى 180)، وإما معرّف كائن location
refusal-event-radius = نصف القطر أكبر من 0 ولا يتجاوز 50000 متر
refusal-event-times = أعطِ البداية والنهاية بتاريخ ووقت، مثل 2027-03-01T06:00:00Z
refusal-event-order = ينتهي النشاط بعد أن يبدأ، ولا يتجاوز 31 يومًا
refusal-value-empty = القيمة فارغة
refusal-operation-confirm = ضع علامة في المربع لتأكيد انتهاء العملية: العملية المغلقة لا تتطابق مع شيء بعد ذلك
refusal-value-line = السطر { $line }، { $field }: { $why }
refusal-value-lines-more = و{ $count } غيرها
refusal-value-selector-kind = '{ $value }' ليس نوعًا من المحدِّدات: استخدم phone أو email أو iban أو plate أو ip أو domain أو identifier أو object
refusal-value-event-kind = '{ $value }' ليس نوعًا من الأنشطة: استخدم surveillance أو search أو arrest أو undercover_meeting أو other
refusal-value-selector-object = لا يوجد كائن يمكنك رؤيته بالمعرّف '{ $value }'
refusal-value-event-location = لا يوجد كائن location ذو إحداثيات يمكنك رؤيته بالمعرّف '{ $value }'
refusal-value-phone-chars = '{ $value }' ليس رقم هاتف: استخدم الأرقام والمسافات و«+» و«-» و«.» والأقواس
refusal-value-phone-international = '{ $value }' ليس بالصيغة الدولية: اكتبه مع رمز البلد، مثل ‎+44 20 7946 0958
refusal-value-phone-e164 = '{ $value }' ليس رقمًا بصيغة E.164: رمز بلد (لا يبدأ بـ 0) ومن 8 إلى 15 رقمًا في المجموع
refusal-value-email = '{ $value }' ليس عنوان بريد إلكتروني: اكتبه مثل name@example.org
refusal-value-iban = '{ $value }' ليس رقم IBAN صالحًا: حرفان ورقما تحقق وما يصل إلى 30 حرفًا ورقمًا يتفق معها رقما التحقق
refusal-value-plate = '{ $value }' ليست لوحة مركبة: من 2 إلى 12 حرفًا ورقمًا
refusal-value-selector-ip = '{ $value }' ليس عنوان IP: اكتبه مثل 198.51.100.7 أو 2001:db8::1
refusal-value-selector-domain = '{ $value }' ليس اسم نطاق: اكتبه مثل example.org
refusal-value-identifier = '{ $value }' أقصر من أن يحدّد أحدًا: 3 أحرف أو أرقام على الأقل
refusal-value-stix-id = '{ $value }' ليس معرّف STIX: اكتبه مثل threat-actor--<uuid>
notice-intelligence-match-operation = معلومات استخباراتية شاركتها { $other } تذكر هدفًا لعمليتك { $operation }: { $object }
notice-intelligence-match-intelligence = لدى { $other } عملية على هدف تذكره معلوماتك الاستخباراتية { $object }: اتصل بـ { $contact }
thing-operation = العملية
thing-joint-operation = العملية المشتركة
thing-task = المهمة
refusal-joint-title = تحتاج العملية المشتركة إلى عنوان لا يتجاوز 200 حرف، لا يراه إلا المشاركون فيها
refusal-joint-objectives = لا تتجاوز الأهداف 10000 حرف
refusal-value-joint-invitees = ادعُ جهاتٍ أعضاء أخرى نشطة بأسمائها المختصرة؛ وهذه ليست كذلك: { $value }
refusal-joint-task-title = تحتاج المهمة إلى عنوان لا يتجاوز 300 حرف
refusal-joint-task-member = أسند المهمة إلى جهة عضو تشارك في العملية المشتركة
refusal-joint-entry = اكتب ما حدث في 4000 حرف على الأكثر
refusal-joint-task-status = أغلق المهمة بوصفها منجزة أو ملغاة
refusal-joint-role = يدير العمليات المشتركة محللو الجهة العضو وضباط الاتصال فيها
refusal-joint-accept-first = اقبل الدعوة أولًا: لا يعمل في العملية المشتركة إلا الجهات المشاركة
refusal-joint-lead-only = لا يدعو الجهات ولا يختتم العملية المشتركة إلا الجهة القائدة
refusal-joint-task-others = تسند الجهة القائدة المهام إلى غيرها؛ وتضيف كل جهة مهامها
refusal-joint-task-closer = يغلق المهمة من أُسندت إليه أو الجهة القائدة
refusal-joint-concluded = هذه العملية المشتركة مختتمة
refusal-joint-answered = أجابت جهتك العضو عن هذه الدعوة من قبل
refusal-joint-task-closed = هذه المهمة مغلقة أصلًا
notice-joint-operation = العملية المشتركة { $title }: { $change }
joint-change-invited = جهتك العضو مدعوّة إلى المشاركة
joint-change-accepted = قبلت جهة عضو المشاركة
joint-change-declined = اعتذرت جهة عضو
joint-change-outcome = سُجّلت نتيجة
joint-change-concluded = اختتمتها الجهة القائدة
joints-title = العمليات المشتركة
joints-intro = تفتح الجهات الأعضاء التي تتفق على العمل معًا عملية مشتركة: جهة قائدة، والجهات المدعوّة، والأهداف، ومهام كل جهة، وسجلّ زمني، والمعلومات الاستخباراتية المعنية، والنتائج. لا يطّلع عليها إلا المشاركون؛ ولا يرى كلٌّ منهم المعلومات إلا بقدر ما أُتيحت له. وترى الرئاسة أنها موجودة وما حالها.
joints-ours = عملياتنا
joints-none = لا تشارك جهتك العضو في أي عملية مشتركة.
joints-all = كل العمليات المشتركة
joints-overview = كل العمليات المشتركة في المركز
joints-overview-help = ما تراه الرئاسة والأمانة: أن كلًّا منها موجودة وما حالها، دون عنوانها أو الجهات المشاركة أو محتواها.
joints-none-center = لم تُفتح أي عملية مشتركة بعد.
joint-title = العنوان (لا يراه إلا المشاركون)
joint-lead = الجهة القائدة
joint-participants = الجهات الأعضاء
joint-state-invited = مدعوّة
joint-state-accepted = مشاركة
joint-state-declined = اعتذرت
joint-status-active = نشطة
joint-status-concluded = مختتمة
joint-open = فتح عملية مشتركة
joint-objectives = الأهداف
joint-invite = الجهات المدعوّة
joint-open-button = افتح العملية المشتركة
joint-opened = فُتحت
joint-outcomes = النتائج
joint-led-by = بقيادة { $member }
joint-opened-on = فُتحت في { $date }
joint-invitation = جهتك العضو مدعوّة
joint-accept = شارك
joint-decline = اعتذر
joint-invite-button = ادعُها
joint-tasks = المهام
joint-tasks-none = لا مهام بعد.
joint-task = المهمة
joint-task-add = أضف المهمة
joint-timeline = السجل الزمني
joint-timeline-none = لم يُسجَّل شيء بعد.
joint-entry = ما حدث
joint-entry-add = أضف إلى السجل الزمني
joint-intelligence = المجموعات والمعلومات المعنية
joint-intelligence-none = لم يُربط شيء بعد.
joint-withheld = معلومات مربوطة غير متاحة لجهتك العضو: { $count }
joint-link = معرّف مجموعة أو معلومات يمكنك رؤيتها
joint-link-button = اربطها
joint-outcomes-none = لم تُسجَّل أي نتيجة بعد.
joint-occurred-label = متى حدث ({ $zone })
joint-outcome-from = المعلومات التي أدت إليها
joint-conclude = اختتام العملية المشتركة
joint-conclude-confirm = انتهت هذه العملية المشتركة
joint-conclude-button = اختتمها
done-joint-opened = فُتحت العملية المشتركة؛ وأُبلغت الجهات المدعوّة.
done-joint-answered = سُجّل ردّك.
done-joint-invited = دُعيت الجهات وأُبلغت.
done-joint-task = أُضيفت المهمة.
done-joint-task-closed = أُغلقت المهمة.
done-joint-entry = أُضيف إلى السجل الزمني.
done-joint-linked = رُبطت: يراها كل مشارك بقدر ما أُتيحت له.
done-joint-outcome = سُجّلت النتيجة؛ وتحسبها الإحصاءات.
done-joint-concluded = اختُتمت العملية المشتركة.
refusal-joint-unknown-object = لا يوجد كائن يمكنك رؤيته بهذا المعرّف
refusal-joint-confirm = ضع علامة في المربع لتأكيد انتهاء العملية المشتركة
meeting-link-joint = العملية المشتركة رقم { $id }
meeting-joint-stands = العملية المشتركة رقم { $id }: { $status }؛ الأعضاء المشاركون: { $members }؛ النتائج: { $outcomes }
joint-propose = اقتراحها في اجتماع
joint-propose-no-meeting = لا اجتماع مقبلًا بعد: الرئاسة تدعو إلى الاجتماعات.
joint-propose-note = يقرأ كل الأعضاء عنوان البند وملاحظاته، ويرون حال العملية (رقمها وحالتها وعدد الأعضاء المشاركين وعدد النتائج). لا يرى عنوانها إلا المشاركون.
joint-propose-meeting = الاجتماع المقبل
joint-propose-title = عنوان البند (يقرؤه كل الأعضاء)
joint-propose-notes = ملاحظات (يقرؤها كل الأعضاء)
joint-propose-button = إدراجها في جدول الأعمال
done-joint-proposed = أُدرجت في جدول أعمال الاجتماع، وأُبلغ الأعضاء.
stat-joint-operations = العمليات المشتركة
stat-joint-note = حال العمليات المشتركة في الفترة. هي مرقّمة لا مسمّاة: العناوين والأعضاء والمحتوى تبقى لدى المشاركين فيها.
stat-joint_opened = فُتحت في الفترة
stat-joint_concluded = اختُتمت في الفترة
stat-joint_active = نشطة في نهاية الفترة
stat-joint_outcomes = نتائجها في الفترة
stat-joint-line = رقم { $id }: { $status }، فُتحت في { $opened }؛ الأعضاء المشاركون: { $members }؛ النتائج في الفترة: { $outcomes }
refusal-joint-propose-title = يحتاج البند إلى عنوان لا يتجاوز 200 حرف، يقرؤه كل الأعضاء
refusal-joint-propose-notes = لا تتجاوز الملاحظات 10000 حرف
refusal-joint-propose-over = انتهى هذا الاجتماع: اقترح العملية المشتركة في اجتماع مقبل
refusal-joint-propose-meeting = اختر الاجتماع المقبل الذي تقترحها فيه
refusal-value-operations-budget = سجّلت عمليات جهتك { $done } من المحدِّدات والأنشطة في الساعة الأخيرة، ويسمح هذا المركز بـ { $limit } في الساعة (كي لا يعرف أحد ما يتعقّبه غيره بتجربة القيم)؛ سجّل هذه الـ { $adding } لاحقًا، أو اطلب من مشغّلي المركز استيراد القائمة (liaison operation import)
notice-release = أتاحت { $originator } معلومات لجهتك
object-release-further = إتاحة لعضو آخر
object-release-further-help = تقرأ الجهة العضو التي تختارها هذا الكائن بكل إصداراته من الآن، ومعه ما يشير إليه من كائنات جهتك المصنّفة TLP:AMBER (مؤشرات التقرير ومجموعته ومكانه)، وتُبلَّغ بذلك. لا يمكن التراجع عن الإتاحة.
object-release-member = العضو
object-release-note = ملاحظة لذلك العضو (اختيارية)
object-release-button = إتاحة
object-done-released = أُتيح الكائن للعضو الذي اخترته، وقد أُبلغ بذلك.
requests-released-by-us = أتحناه نحن
refusal-release-by-liaison-officers = يتيح ضباط الاتصال في جهتك معلوماتها لغيرها؛ اطلب ذلك من أحدهم
refusal-object-id-not-own = شارك عضو آخر هذا الكائن، ولا يتيحه لغيره سواه: اطلب ذلك منه بطلب إتاحة
refusal-release-red-named = لا تصل معلومات TLP:RED إلا إلى الأشخاص المسمَّين فيها: أرسل نسخة جديدة تسمّي الآخرين
refusal-release-open-already = يقرأ كل الأعضاء معلومات TLP:CLEAR وTLP:GREEN أصلًا
refusal-target-required = سمِّ العضو الذي تُتاح له
refusal-display-name-taken = العضو «{ $name }» يحمل الاسم «{ $display_name }» أصلًا: أعطِ هذا العضو اسمًا يميّزه، كأن تضيف بلده
refusal-release-orcon = يشير إلى { $id }، الذي أتاحه العضو «{ $owner }» تحت رقابة الجهة المُنشئة (ORCON) لعدد من الأعضاء أقل مما ستبلغه هذه الإتاحة؛ اطلب من ذلك العضو أن يتيحه لهم أولًا
refusal-value-required = سمِّ القيمة التي تُتاح معلوماتها
refusal-target-not-in-good-standing = لا تُتاح المعلومات إلا لأعضاء المركز ومراقبيه
