## Слова веб-приложения Liaison на русском языке.

-product = Liaison

## Общая разметка страниц

page-title = { $title } — { -product }
skip-to-content = Перейти к содержимому
nav-main = Главное меню
nav-home = { -product }
nav-search = Поиск
nav-submit = Передать
nav-rfis = Запросы информации
nav-groups = Группы
nav-map = Карта
nav-governance = Управление
nav-meetings = Заседания
nav-statistics = Статистика
nav-users = Пользователи
nav-connections = Подключения
nav-feeds = Потоки
nav-administration = Администрирование
nav-audit = Журнал аудита
your-account = Ваша учётная запись
sign-out = Выйти
back-home = На главную страницу
back-to-account = К вашей учётной записи
none = Нет.
never = никогда
objects-table = Объекты
list-separator = { ", " }
action = Действие

count-objects = { $count ->
    [one] { $count } объект
    [few] { $count } объекта
    [many] { $count } объектов
   *[other] { $count } объекта
}

## Вход и выбор пароля

sign-in-title = Вход
sign-in-heading = Вход в { $center }
sign-in-code = Код из приложения-аутентификатора
sign-in-code-hint = Шесть цифр или один из ваших резервных кодов.
sign-in-button = Войти
user-name = Имя пользователя
password = Пароль
forgot-password = Забыли пароль? Администратор вашей организации может прислать вам ссылку для установки нового.
choose-password-title = Выбор пароля
choose-password-heading = Выберите пароль для { $center }
new-password = Новый пароль
password-hint = Не менее 12 символов, которые никто не угадает: хорошо подходят несколько не связанных между собой слов.
password-again = Тот же пароль ещё раз
set-password-button = Установить пароль

## Страница учётной записи

account-title = Ваша учётная запись
account-must-change = Ваш пароль был выбран за вас. Прежде всего выберите собственный.
account-second-factor-required = Этот центр требует второй фактор. Прежде всего настройте ниже приложение-аутентификатор.
current-password = Текущий пароль
new-password-again = Тот же новый пароль ещё раз
change-password-button = Сменить пароль
second-factor = Второй фактор
second-factor-on = Включён: вы входите с кодом из приложения-аутентификатора. { $left ->
    [one] Остался { $left } резервный код.
    [few] Осталось { $left } резервных кода.
    [many] Осталось { $left } резервных кодов.
   *[other] Осталось { $left } резервного кода.
}
second-factor-remove-code = Код из приложения, чтобы отключить второй фактор
second-factor-remove = Отключить
second-factor-again-code = Код из текущего приложения, чтобы настроить другое (с новыми резервными кодами)
second-factor-again = Настроить другое приложение
second-factor-off = Выключен: для входа достаточно одного пароля.
second-factor-set-up = Настроить приложение-аутентификатор
sessions = Сеансы
your-sessions = Ваши сеансы
session-opened = Открыт
session-last-used = Последнее использование
session-from = Откуда
session-this = этот сеанс
session-end = Завершить
session-end-others = Завершить все остальные сеансы
api-tokens = Токены API
api-tokens-hint = Для клиентов TAXII и скриптов: передавайте токен как <code>Authorization: Bearer …</code> или как пароль HTTP Basic вместе с вашим именем пользователя.
your-api-tokens = Ваши токены API
token-shown-once = Токен «{ $name }» ({ $scope }), показан только сейчас:
token-name = Название
token-scope = Права
token-created = Создан
token-expires = Истекает
token-state = Состояние
token-live = действует
token-revoked = отозван
token-expired = истёк
token-revoke = Отозвать
token-new-name = Новый токен: что будет его использовать
token-may = Разрешено
token-scope-write = читать и записывать
token-scope-read = только читать
token-expires-at = Истекает в конце дня (оставьте пустым, чтобы не истекал)
token-make = Создать токен
language = Язык
language-hint = Язык всех страниц, которые вы видите. Если язык не выбран, используется язык вашей организации или вашего браузера.
language-follow = Как у моей организации или браузера
language-save = Сохранить язык
language-saved = Язык сохранён: { $language }. Теперь все страницы отображаются на нём.
language-cleared = Теперь центр отображается на языке вашей организации или вашего браузера.

## Настройка второго фактора

second-factor-title = Второй фактор
second-factor-is-on = Второй фактор включён. Теперь вы входите с паролем и кодом из приложения.
recovery-codes = Резервные коды
recovery-codes-hint = Если вы потеряете устройство, каждый из этих кодов один раз заменит код из приложения. Храните их в надёжном месте: они показываются только сейчас.
enrol-scan = В приложении-аутентификаторе добавьте учётную запись, отсканировав этот код
enrol-qr-label = QR-код секрета, приведённого ниже
enrol-or-type = или введя этот секрет:
enrol-type-code = Введите шестизначный код, который сейчас показывает приложение.
enrol-code = Код из приложения
enrol-turn-on = Включить второй фактор

## Язык организации (страница пользователей)

member-language = Язык организации { $member }
member-language-hint = Язык, на котором сотрудники { $member } читают центр, если не выбрали другой.
member-language-none = Язык каждого браузера
member-language-saved = Язык организации { $member } сохранён: { $language }. Сотрудники этой организации, не выбравшие собственный язык, теперь читают центр на нём.
member-language-cleared = Сотрудники { $member } теперь читают центр на языке своего браузера, если не выбрали другой.

## Отказы

error-title = { $status } — { -product }
status-400 = Неверный запрос
status-401 = Сначала войдите
status-403 = Не разрешено
status-404 = Не найдено
status-405 = Так нельзя
status-409 = Конфликт
status-410 = Больше не существует
status-413 = Слишком большой объём
status-415 = Неподдерживаемый формат
status-422 = Не принято
status-429 = Слишком много попыток
status-500 = Что-то пошло не так
status-503 = Сервер ненадолго занят
status-other = Отказано
password-set-sign-in = Пароль установлен. Войдите с ним.
passwords-differ = Пароли не совпадают; введите один и тот же пароль дважды.

## Roles, and what was just done on the account page

role-analyst = аналитик
role-liaison_officer = офицер связи
role-delegate = делегат
role-member_administrator = администратор участника
role-secretariat = секретариат
role-administrator = администратор центра
done-password = Пароль изменён; другие ваши сеансы завершены.
done-session = Сеанс завершён.
done-sessions = Все остальные сеансы завершены.
done-revoked = Токен отозван.
done-second-factor-off = Второй фактор удалён.
new-passwords-differ = Новые пароли не совпадают; введите один и тот же пароль дважды.

## Таблицы объектов

nothing-yet = Пока ничего нет.
col-name = Название
col-type = Тип
col-tlp = TLP
col-from = Источник
col-added = Добавлено
col-status = Статус
col-month = Месяц

## Главная страница

home-title = { $member } — главная
home-new-intelligence = Новые сведения, предоставленные нам
home-rfis = Запросы информации, ожидающие ответа
home-release-requests = Запросы на предоставление, ожидающие решения
home-votes = Текущие голосования
home-meetings = Предстоящие заседания
home-overdue = Просроченные поручения
due-on = срок: { $date }
open-until = до { $date }
release-request-asks = { $requester } запрашивает { $what }: { $reason }
release-approve = Одобрить
release-refuse = Отказать
action-overdue = { $title } — срок: { $date }

## Поиск

search-words = Слова
search-type = Тип
search-type-example = например, indicator, report
search-button = Найти
search-facets = Фильтры
search-matches = { $count ->
    [one] { $shown } результат
    [few] { $shown } результата
    [many] { $shown } результатов
   *[other] { $shown } результата
}
search-matches-partial = Результатов: { $matches }; показаны самые новые: { $shown }

## Пользователи (для администраторов)

member = Участник
roles = Роли
users-show = Показать пользователей
users-of = Пользователи организации { $member }
user-invited = Пользователь { $user } приглашён. Отправьте ему эту ссылку (она действует один раз, до { $until } UTC); она показана только сейчас:
user-disabled = отключён
user-invited-state = приглашён
user-must-choose = должен выбрать пароль
user-active = активен
user-second-factor = второй фактор
invite-heading = Пригласить пользователя
user-name-hint = От 2 до 64 символов: a-z, 0-9, '-', '_' и '.'.
display-name = Отображаемое имя
invite-button = Пригласить
user-title = Пользователь { $user }
done-user-saved = Учётная запись сохранена.
done-user-disabled = Учётная запись отключена; её сеансы завершены.
done-user-enabled = Вход для учётной записи снова разрешён.
done-certificate = Сертификат зарегистрирован.
done-certificate-revoked = Регистрация сертификата отозвана.
done-user-second-factor-off = Второй фактор удалён; пользователь входит только по паролю, пока не настроит новый.
user-reset-link = Отправьте пользователю { $user } эту ссылку для установки нового пароля (она действует один раз, до { $until } UTC; до этого времени действует и старый пароль); она показана только сейчас:
users-all-of = Все пользователи организации { $member }
user-invited-no-password = приглашён, пароля ещё нет
user-signs-in-with-second-factor = входит со вторым фактором
user-name-and-roles = Имя и роли
save = Сохранить
user-access = Доступ
user-enable = Снова разрешить вход
user-disable = Отключить
user-reset = Создать ссылку для установки нового пароля
user-remove-second-factor = Удалить второй фактор (устройство утеряно)
certificates = Клиентские сертификаты
certificates-hint = Система, подключающаяся по HTTPS с одним из этих сертификатов, действует от имени { $user }: это либо сертификат, закреплённый по отпечатку, либо любой сертификат для аутентификации клиента, выпущенный центром сертификации участника.
certificate-kind = Вид
certificate-kind-certificate-short = сертификат
certificate-kind-authority-short = центр сертификации
certificate-kind-certificate = только этот сертификат
certificate-kind-authority = центр сертификации: все выпущенные им клиентские сертификаты
certificate-pem = Сертификат (PEM)
registered = Дата регистрации
register = Зарегистрировать

## Подключения (идентичности, вебхуки) и потоки

done-identity = Идентичность зарегистрирована: теперь только этот участник может указывать её в качестве автора.
done-identity-removed = Идентичность больше не принадлежит этому участнику; переданное от её имени остаётся.
done-webhook-removed = Вебхук удалён.
connections-show = Показать подключения
connections-intro = Как { $member } подключается к центру: идентичности, которые только он может указывать в качестве автора, вебхуки, на которые отправляются его новые сведения и уведомления, и его потоки:
identities = Идентичности
identity = Идентичность
identity-own = Собственная:
identity-none-other = Других зарегистрированных идентичностей нет.
identity-label = Идентичность (псевдоним, подразделение)
identity-hint = Её идентификатор STIX, например { $example }.
identity-name = Её название
identity-ask-administrators = Администраторы центра закрепляют идентичности за участником (после этого объекты любого другого участника, в которых она указана, отклоняются как поддельные); обратитесь к ним.
remove = Удалить
not-yet = ещё нет
webhooks = Вебхуки
webhook-registered = Вебхук на { $url } зарегистрирован. Каждый POST-запрос к нему подписывается ({ $header }, HMAC-SHA256 тела запроса) этим секретом, который показан только сейчас:
webhook-last-attempt = Последняя попытка
webhook-failures = Неудач подряд
webhook-url-hint = http:// или https://. Адреса во внутренней сети самого центра доступны, только если это разрешит его администратор.
webhook-deliver = Отправлять
webhook-deliver-all = новые сведения и уведомления
webhook-deliver-objects = только новые сведения
webhook-deliver-notifications = только уведомления
webhook-types = Только эти типы STIX (через запятую; если пусто — все)
webhook-register = Зарегистрировать вебхук
feeds-intro = Удалённые коллекции TAXII 2.1, загружаемые по расписанию от имени участника. Учётные данные хранятся в зашифрованном виде и больше никогда не показываются.
feeds-none = Потоков пока нет.
feed-auth-none = нет
feed-auth-basic = HTTP Basic
feed-auth-bearer = токен Bearer
feed-auth-certificate = клиентский сертификат
feed-for = для { $member }
feed-every = каждые { $seconds } с
feed-unmarked = немаркированные объекты: { $tlp }
feed-unmarked-to = немаркированные объекты: { $tlp }, для { $members }
feed-last-pull = Последняя загрузка
feed-next-pull = Следующая загрузка
feed-since-registered = С момента регистрации
feed-taken-refused = принято: { $taken }, отклонено: { $refused }
feed-last-error = Последняя ошибка
feed-failures = неудач подряд: { $count }
feed-refused = Отклонённые объекты
feed-refused-last = { $count ->
    [one] Отклонено при последней загрузке ({ $count })
    [few] Отклонено при последней загрузке ({ $count })
    [many] Отклонено при последней загрузке ({ $count })
   *[other] Отклонено при последней загрузке ({ $count })
}
col-object = Объект
col-version = Версия
col-why = Причина
feed-pull-now = Загрузить сейчас
feed-start-over = Начать заново
feed-remove = Удалить (загруженное остаётся)
feed-add = Добавить поток
feed-api-root = Корень API удалённого сервера
feed-api-root-hint = Например, { $example }
feed-collection = Идентификатор удалённой коллекции
feed-authentication = Аутентификация
feed-username = Имя пользователя (HTTP Basic)
feed-secret = Пароль, токен или клиентский сертификат с ключом (PEM)
feed-member = Для участника
feed-user = Объекты поступают от имени пользователя
feed-tlp = TLP для объектов без маркировки (если пусто — по умолчанию для коллекции)
feed-interval = Секунд между загрузками (если пусто — час)
feed-ca = Частный центр сертификации для проверки сервера (PEM; необязательно)
feed-add-button = Добавить поток
## Запросы информации

rfis-title = Запросы информации
rfis-none = Ни один запрос информации не касается вашей организации.
rfi-title = Запрос информации № { $id }
rfi-question = Вопрос
rfi-priority = Приоритет
rfi-priority-low = низкий
rfi-priority-normal = обычный
rfi-priority-high = высокий
rfi-priority-urgent = срочный
rfi-deadline = Срок
rfi-status-open = открыт
rfi-status-answered = получен ответ
rfi-status-closed = закрыт
rfi-status-expired = просрочен
rfi-ask-heading = Задать вопрос участникам
rfi-deadline-label = Срок (ваше время, { $zone })
rfi-ask-whom = Кому (если никто не отмечен — всем участникам):
rfi-send = Отправить запрос информации
rfi-meta = От { $from } · приоритет: { $priority } · срок: { $deadline }
rfi-overdue = Не ответили в срок: { $members }
rfi-answers = Ответы
none-yet = Пока нет.
rfi-unseen-by-asker = { $member } не может прочитать эти объекты вашей организации, приложенные к вашим ответам, и видит лишь, что часть из них скрыта. Офицер связи вашей организации предоставляет объект { $member } на его странице («Предоставить другому участнику»); для объекта TLP:RED нужна новая версия, где { $member } назван:
rfi-withheld = { $count ->
    [one] { $count } связанный объект вам не предоставлен.
    [few] { $count } связанных объекта вам не предоставлены.
    [many] { $count } связанных объектов вам не предоставлено.
   *[other] { $count } связанного объекта вам не предоставлено.
}
rfi-answer = Ответить
rfi-answer-objects = Идентификаторы STIX, прилагаемые к ответу (по одному на строку)
rfi-answer-needed = Напишите ответ или укажите объекты, которые содержат ответ.

## Отслеживаемые группы и проверка наличия сведений (hit/no-hit)

groups-title = Отслеживаемые группы
group-untitled = Отслеживаемая группа
groups-intro = Субъекты угроз, наборы вторжений и кампании из сведений, предоставленных вам.
map-title = Карта
hits-title = Проверка наличия сведений
hits-asked = Ваш запрос: { $value }.
hits-visible = { $count ->
    [one] Вам доступен { $count } подходящий объект.
    [few] Вам доступны { $count } подходящих объекта.
    [many] Вам доступно { $count } подходящих объектов.
   *[other] Вам доступно { $count } подходящего объекта.
}
hits-none = Ни у одного другого участника нет недоступных вам сведений об этом.
hits-holders = Участники, располагающие сведениями об этом
hits-ask-release = Запросить предоставление
hits-reason = Обоснование
hits-ask = Запросить у { $member }
## Управление: председательство, участники и голосования

presidency = Председательство
presidency-held = { $member } председательствует с { $from } по { $to }.
presidency-none = Ни один участник не председательствует.
members = Участники
member-founding = Учредитель
member-accession = Дата вступления
member-status-applicant = кандидат
member-status-member = участник
member-status-observer = наблюдатель
member-status-suspended = приостановлен
member-status-withdrawn = вышел
yes = да
votes = Голосования
vote = Голосование
vote-until = Срок
vote-cast = Проголосовали
vote-outcome = Результат
vote-your-delegate = Ваш делегат
vote-cast-of = { $cast } из { $eligible }
vote-outcome-open = открыто
vote-outcome-adopted = принято
vote-outcome-rejected = отклонено
vote-yours = Решение вашей организации: { $choice }.
vote-choice-yes = за
vote-choice-no = против
vote-choice-abstain = воздержаться
vote-yes = За
vote-no = Против
vote-abstain = Воздержаться

## Meetings

meetings-none = Заседаний пока нет.
meeting = Заседание
meeting-kind = Вид
meeting-when = Когда
meeting-where = Место
meeting-kind-regular = очередное
meeting-kind-extraordinary = внеочередное
meeting-local-start = (начало { $time }, { $zone })
meeting-convene-heading = Созвать заседание
meeting-title = Название
meeting-starts = Начало (местное время заседания)
meeting-ends = Окончание
meeting-time-zone = Часовой пояс
meeting-venue = Место проведения
meeting-convene = Созвать
## Отдельный объект как сведения

object-kind-line = { $kind }
object-authored-by = автор: { $author }
object-shared-by = передано участником { $member }
object-added = добавлено { $date }
object-evaluation = оценка источника: { $code }
object-done-sighting = Ваше сообщение об обнаружении зарегистрировано.
object-done-outcome = Результат зарегистрирован.
object-done-report = Ваш отчёт сохранён и предоставлен в соответствии с маркировкой.
object-about = Об объекте
object-raw = Объект в формате STIX (JSON)
object-raw-version = Версия { $version } в формате STIX (JSON)
object-linked = Связанные сведения
object-linked-none = Пока с этим объектом не связано ничего из доступного вам.
object-since = с { $date }
object-until = до { $date }
object-from-to = с { $start } по { $stop }
object-named-in = упоминается в объекте типа «{ $kind }»: { $name }
object-sighted = { $count ->
    [1] { $who }: обнаружено один раз
    [one] { $who }: обнаружено { $count } раз
    [few] { $who }: обнаружено { $count } раза
    [many] { $who }: обнаружено { $count } раз
   *[other] { $who }: обнаружено { $count } раза
}
object-sighted-where = место: { $where }
object-sighted-between = в период с { $first } по { $last }
object-someone = один из участников
object-unavailable = отсутствует в центре или не предоставлено вам
object-more-names = { $count ->
    [one] и ещё { $count }
    [few] и ещё { $count }
    [many] и ещё { $count }
   *[other] и ещё { $count }
}
object-markings = Маркировка и предоставление
object-level = Уровень
object-released-to = Предоставлено
object-released-to-none = Только в пределах, допускаемых уровнем; отдельные участники не указаны.
object-orcon = Любое дальнейшее предоставление — только с согласия владельца сведений (ORCON).
object-other-markings = Другие маркировки
object-banner-released = предоставлено: { $members }
object-versions = Версии
object-version = { $version }, добавлена { $date }
object-version-current = текущая
object-correlations = Корреляции
object-correlations-none = Среди доступных вам сведений нет других, имеющих общее значение с этими.
object-possible-match = Возможное совпадение
object-possible-match-why = имена читаются одинаково в другой письменности; проверьте, прежде чем полагаться на это
col-shared-value = Общее значение
col-member = Участник
object-sightings = Обнаружения
object-seen-by = { $count ->
    [0] Ни один участник не сообщил об обнаружении.
    [1] Обнаружено одним участником.
    [one] Обнаружено { $count } участником.
    [few] Обнаружено { $count } участниками.
    [many] Обнаружено { $count } участниками.
   *[other] Обнаружено { $count } участниками.
}
object-we-saw = Мы это обнаружили
object-outcomes = Результаты
object-outcomes-none = Ничего не зарегистрировано.
object-outcome = { $kind }, { $date } ({ $member }): { $description }
object-led-to = К чему это привело
object-outcome-description = Описание
object-record-outcome = Зарегистрировать результат
object-hit-ask = Располагает ли кто-либо ещё сведениями об этом значении?
object-hit-button = Спросить
object-answer-rfi = Ответить этим объектом на запрос информации
object-no-rfi = Открытых запросов информации, адресованных вашей организации, нет.
object-rfi = Запрос информации
object-answer-how = Пояснение к ответу (необязательно)
object-answer = Ответить
object-choose-rfi = Выберите запрос информации, на который отвечает этот объект.
object-rfi-not-ours = Этот запрос информации не адресован вашей организации.
release-not-a-member = { $member } не является участником центра.

## Результаты использования сведений

outcome-kind-group_disrupted = Деятельность группы дезорганизована
outcome-kind-group_dismantled = Группа ликвидирована
outcome-kind-arrest = Задержание
outcome-kind-attack_prevented = Атака предотвращена
outcome-kind-position_confirmed = Местонахождение подтверждено
outcome-kind-false_positive = Ложное срабатывание

## Типы объектов STIX

kind-attack-pattern = шаблон атаки
kind-campaign = кампания
kind-course-of-action = мера противодействия
kind-grouping = подборка
kind-identity = идентичность
kind-incident = инцидент
kind-indicator = индикатор
kind-infrastructure = инфраструктура
kind-intrusion-set = набор вторжений
kind-location = местоположение
kind-malware = вредоносное ПО
kind-malware-analysis = анализ вредоносного ПО
kind-note = заметка
kind-observed-data = наблюдаемые данные
kind-opinion = мнение
kind-report = отчёт
kind-threat-actor = субъект угрозы
kind-tool = инструмент
kind-vulnerability = уязвимость
kind-relationship = связь
kind-sighting = обнаружение
kind-artifact = артефакт
kind-autonomous-system = автономная система
kind-directory = каталог
kind-domain-name = доменное имя
kind-email-addr = адрес электронной почты
kind-email-message = электронное письмо
kind-file = файл
kind-ipv4-addr = IPv4-адрес
kind-ipv6-addr = IPv6-адрес
kind-mac-addr = MAC-адрес
kind-mutex = мьютекс
kind-network-traffic = сетевой трафик
kind-process = процесс
kind-software = программное обеспечение
kind-url = URL
kind-user-account = учётная запись пользователя
kind-windows-registry-key = ключ реестра Windows
kind-x509-certificate = сертификат X.509
kind-marking-definition = определение маркировки
kind-language-content = перевод
kind-extension-definition = определение расширения

## Свойства объектов STIX, как они названы на странице объекта

prop-name = Название
prop-description = Описание
prop-aliases = Другие названия
prop-first_seen = Первое появление
prop-last_seen = Последнее появление
prop-objective = Цель
prop-goals = Цели
prop-sophistication = Уровень подготовки
prop-resource_level = Ресурсы
prop-primary_motivation = Основной мотив
prop-secondary_motivations = Другие мотивы
prop-personal_motivations = Личные мотивы
prop-roles = Роли
prop-threat_actor_types = Типы субъекта угрозы
prop-indicator_types = Типы индикатора
prop-pattern = Шаблон
prop-pattern_type = Язык шаблона
prop-pattern_version = Версия языка шаблона
prop-valid_from = Действителен с
prop-valid_until = Действителен до
prop-kill_chain_phases = Этапы цепочки атаки
prop-malware_types = Типы вредоносного ПО
prop-is_family = Является семейством
prop-capabilities = Возможности
prop-tool_types = Типы инструмента
prop-tool_version = Версия инструмента
prop-infrastructure_types = Типы инфраструктуры
prop-published = Дата публикации
prop-report_types = Типы отчёта
prop-object_refs = Охватывает
prop-context = Контекст
prop-content = Содержание
prop-abstract = Краткое содержание
prop-authors = Авторы
prop-opinion = Мнение
prop-explanation = Пояснение
prop-first_observed = Первое наблюдение
prop-last_observed = Последнее наблюдение
prop-number_observed = Число наблюдений
prop-latitude = Широта
prop-longitude = Долгота
prop-precision = Точность (в метрах)
prop-region = Регион
prop-country = Страна
prop-administrative_area = Административная единица
prop-city = Город
prop-street_address = Адрес
prop-postal_code = Почтовый индекс
prop-identity_class = Тип идентичности
prop-sectors = Отрасли
prop-contact_information = Контактные данные
prop-relationship_type = Тип связи
prop-source_ref = Исходный объект
prop-target_ref = Целевой объект
prop-start_time = Начало
prop-stop_time = Окончание
prop-sighting_of_ref = Что обнаружено
prop-observed_data_refs = Наблюдаемые данные
prop-where_sighted_refs = Место обнаружения
prop-count = Количество
prop-summary = Является сводкой
prop-value = Значение
prop-hashes = Хеши
prop-external_references = Внешние ссылки
prop-labels = Метки
prop-confidence = Достоверность
prop-lang = Язык
prop-created = Создано
prop-modified = Последнее изменение
prop-revoked = Отозвано
prop-resolves_to_refs = Разрешается в
prop-belongs_to_refs = Принадлежит
prop-size = Размер
prop-mime_type = Тип содержимого
prop-number = Номер
prop-display_name = Отображаемое имя
prop-user_id = Идентификатор пользователя
prop-sample_refs = Образцы
prop-operating_system_refs = Операционные системы
prop-implementation_languages = Языки реализации
prop-architecture_execution_envs = Среды выполнения
prop-object_modified = Переведённая версия
prop-contents = Переводы
prop-definition_type = Тип маркировки
prop-definition = Маркировка
prop-statement = Заявление
prop-x_opencti_aliases = Другие названия (OpenCTI)

## Связи, как фразы между соединяемыми объектами

rel-attributed-to = приписывается
rel-authored-by = за авторством
rel-based-on = на основе
rel-beacons-to = отправляет сигналы на
rel-characterizes = характеризует
rel-communicates-with = обменивается данными с
rel-compromises = компрометирует
rel-consists-of = состоит из
rel-controls = контролирует
rel-delivers = доставляет
rel-derived-from = производное от
rel-downloads = загружает
rel-drops = сбрасывает
rel-duplicate-of = дублирует
rel-exfiltrates-to = выводит данные на
rel-exploits = эксплуатирует
rel-has = имеет
rel-hosts = размещает
rel-impersonates = выдаёт себя за
rel-indicates = указывает на
rel-investigates = исследует
rel-located-at = находится в
rel-mitigates = противодействует
rel-originates-from = происходит из
rel-owns = владеет
rel-related-to = имеет отношение к
rel-remediates = устраняет
rel-resolves-to = разрешается в
rel-targets = атакует
rel-uses = использует
rel-variant-of = является вариантом

## Отслеживаемая группа

group-object-itself = Группа как объект сведений
group-status-over-time = История статуса
group-no-status = Статус не зарегистрирован.
group-new-status = Новый статус
group-note = Примечание
group-record = Зарегистрировать статус
group-status-kept-by = Статус группы ведут передавший её участник и секретариат.
group-known-locations = Известные местоположения
group-no-locations = Среди доступных вам сведений таких нет.
group-timeline = Хронология
group-timeline-none = Среди доступных вам сведений пока нет упоминаний этой группы.
group-status-line = { $state } с { $date } ({ $member })
group-status-note = { $state } с { $date } ({ $member }): { $note }
group-state-active = Активна
group-state-dormant = Бездействует
group-state-disrupted = Дезорганизована
group-state-dismantled = Ликвидирована

## Администрирование

admin-title = Администрирование
admin-accounts-elsewhere = Пользователи, их токены и сертификаты — на страницах пользователей; ваши собственные пароль, второй фактор и токены — на странице вашей учётной записи.
admin-users-pages = Пользователи
admin-your-account = Ваша учётная запись
admin-second-factor = Второй фактор
admin-second-factor-required = Всем, кто входит по паролю, необходим второй фактор.
confirm-title = Подтверждение
confirm-cancel = Отмена
user-disable-consequence = { $user } больше не сможет входить в систему, а все сеансы и токены { $user } сразу перестанут действовать. Администратор может снова включить учётную запись.
user-disable-confirm = Отключить { $user }
token-revoke-consequence = Токен { $name } сразу перестаёт действовать: любой системе, которая его использует, отныне будет отказано. Отозванный токен нельзя восстановить; если он ещё нужен, выпустите новый.
token-revoke-confirm = Отозвать токен
admin-second-factor-require-consequence = Всем, кто входит по паролю, понадобится второй фактор. Пользователям, у которых его нет, будет предложено настроить его при следующем входе, прежде всего остального.
admin-second-factor-stop-consequence = Пользователи снова смогут входить только по паролю, если сами не выбрали второй фактор.
stat-publish-tick = Отметьте флажок, чтобы опубликовать: отчёт получат все участники центра, и отозвать его будет нельзя.
stat-publish-consequence = Отчёт получат все участники центра, и он останется среди опубликованных отчётов. Отозвать его нельзя.
certificate-revoke-consequence = Сертификат { $name } сразу отклоняется: система, которая его предъявляет, больше не сможет подключиться. Отозванный сертификат нельзя восстановить; если он ещё нужен, зарегистрируйте новый.
certificate-revoke-confirm = Отозвать сертификат
admin-second-factor-require-you = Всем, кто входит по паролю, понадобится второй фактор, в том числе вам: у вас его ещё нет, и вы настроите его сразу после этого, прежде всего остального. Пользователям, у которых его нет, будет предложено настроить его при следующем входе.
admin-second-factor-stop = Больше не требовать
admin-second-factor-optional = Второй фактор — на усмотрение каждого пользователя.
admin-second-factor-require = Требовать от всех
admin-second-factor-now-required = Теперь всем, кто входит по паролю, необходим второй фактор; тем, у кого его нет, прежде всего будет предложено его настроить.
admin-second-factor-no-longer = Второй фактор больше не требуется.
admin-export = Экспорт
admin-export-link = Экспортировать всё, что может видеть { $member }, одним пакетом STIX
admin-export-progress = Ход экспорта
admin-export-received = Получено { $size } МБ
admin-export-failed = Экспорт не удался (HTTP { $status }).
admin-export-interrupted = Экспорт прерван; ничего не сохранено. Попробуйте ещё раз.
admin-export-done = Экспортировано { $size } МБ.
admin-collections = Коллекции
admin-collection = Коллекция
admin-alias = Псевдоним
admin-default-tlp = TLP по умолчанию
admin-everyone-reads = Чтение для всех
admin-everyone-writes = Запись для всех
admin-sharing-groups = Группы обмена
admin-group = Группа
admin-group-members = Участники
admin-noisy-keys = Шумные и исключённые ключи корреляции
admin-key = Ключ
admin-key-objects = Объекты
admin-key-excluded = Исключён

## Журнал аудита

audit-title = Журнал аудита
audit-intro = Весь журнал, начиная с последних записей, по сто записей на странице. Прочитать журнал и проверить его цепочку можно также командой:
audit-action = Действие
audit-filter = Отфильтровать
audit-when = Когда
audit-actor = Кто
audit-subject = Предмет

## Карта

map-count = { $count ->
    [0] В предоставленных вам сведениях не указано ни одного местоположения.
    [1] В предоставленных вам сведениях указано одно местоположение.
    [one] В предоставленных вам сведениях указано { $count } местоположение.
    [few] В предоставленных вам сведениях указано { $count } местоположения.
    [many] В предоставленных вам сведениях указано { $count } местоположений.
   *[other] В предоставленных вам сведениях указано { $count } местоположения.
}
map-offline = Карта мира строится по данным Natural Earth, поставляемым вместе с Liaison; тайловый сервер не используется.
map-zoom = Масштаб
map-zoom-in = Приблизить
map-zoom-out = Отдалить
map-world = Весь мир
map-fit = Все места
map-zoom-here = Приблизить это место
map-legend-group = место, где находится отслеживаемая группа
map-legend-place = место, упомянутое в сведениях
map-places = Места
map-place = Место
map-groups = Находящиеся там группы

## Отдельное заседание

meeting-held = { $kind } заседание, с { $starts } до { $ends } UTC
meeting-calendar-file = файл календаря
meeting-pack = материалы заседания для печати
meeting-agenda = Повестка дня
meeting-withheld = (связанные сведения вам не предоставлены)
meeting-add-item = Добавить пункт повестки дня
meeting-item-title = Название
meeting-item-link = Связан с
meeting-item-no-link = Ни с чем
meeting-link-statistics = Статистика с момента создания центра
meeting-link-vote = Голосование: { $title }
meeting-link-application = Заявка на вступление: { $member }
meeting-link-report = Опубликованная статистика: { $title }
meeting-item-object = Или сведения по идентификатору STIX (необязательно)
meeting-agenda-title-needed = Укажите название пункта.
meeting-agenda-link-unknown = Выберите из списка, с чем связан пункт.
meeting-agenda-one-link = Свяжите пункт только с чем-то одним: выберите из списка или укажите идентификатор STIX.
meeting-add = Добавить
meeting-attendance = Присутствие
meeting-not-recorded = Присутствие не отмечено.
meeting-present = присутствовал
meeting-absent = отсутствовал
meeting-record-attendance = Отметить присутствие
meeting-delegates = Кто присутствовал от участника (ФИО)
meeting-record = Отметить
meeting-minutes = Протокол
meeting-minutes-markdown = Протокол (Markdown)
meeting-save = Сохранить
meeting-decisions = Решения
meeting-decided = принято на заседании
meeting-record-decision = Внести решение
meeting-decision = Решение
meeting-decision-item = По пункту повестки дня
meeting-item-none = Нет
meeting-decision-how = Порядок принятия
meeting-decision-recorded = Принято на заседании: зафиксировать
meeting-decision-vote = Вынести на голосование участников (большинством поданных голосов при участии не менее половины участников)
meeting-decision-days-label = Срок голосования (в днях)
meeting-decision-needed = Напишите текст решения.
meeting-decision-item-unknown = Выберите пункт повестки дня из списка.
meeting-decision-days = Голосование может длиться от 1 до 365 дней.
meeting-actions = Поручения
meeting-add-action = Добавить поручение
meeting-action = Поручение
meeting-assignee = Исполнитель
action-status-open = на исполнении
action-status-done = исполнено
action-status-cancelled = отменено

## Передача сведений

submit-title = Передача сведений
submit-refused = Ничего не сохранено. Исправьте отмеченное ниже и отправьте ещё раз; всё введённое осталось в форме.
submit-report = Отчёт
submit-name = Название
submit-description = Краткое содержание
submit-entities = О чём отчёт
submit-actor = Субъект угрозы или группа
submit-actor-hint = Начните вводить название и выберите из списка уже известную группу или введите новое название.
submit-indicators = Индикаторы, по одному на строку: IP-адреса, домены, URL, адреса электронной почты, хеши MD5 или SHA-256
submit-place = Место
submit-place-hint = Выберите известное место из списка или введите название нового и укажите его координаты.
submit-relation = Связь группы с местом
submit-since = Начиная с (дата)
submit-markings = Маркировка
submit-release-to = При TLP:AMBER или TLP:AMBER+STRICT также предоставить участникам
submit-orcon = ORCON: получатели не вправе передавать сведения дальше
submit-button = Передать отчёт
submit-import = Импорт пакета STIX
submit-bundle = Файл пакета (JSON)
submit-import-button = Импортировать
submit-import-progress = Ход отправки
submit-import-sent = Отправлено: { $percent }%
submit-import-checking = Отправлено; центр проверяет и сохраняет объекты.
submit-imported-all = { $count ->
    [1] Объект импортирован.
    [one] Все объекты импортированы ({ $count }).
    [few] Все { $count } объекта импортированы.
    [many] Все { $count } объектов импортированы.
   *[other] Все объекты импортированы ({ $count }).
}
submit-imported-some = Импортировано объектов: { $stored } из { $total }.
submit-import-refused = Эти объекты отклонены; остальные сохранены:

## Статистика и достижения

stat-title = Статистика и достижения
stat-presets = Периоды
stat-preset-founding = С момента создания центра
stat-preset-12-months = Последние 12 месяцев
stat-preset-this-year = Текущий год
stat-preset-30-days = Последние 30 дней
stat-from = Начало периода
stat-to = Конец периода (не включительно)
stat-show = Показать
stat-printable = Версия для печати
stat-compiling = Показатели за этот период подсчитываются по всем данным центра; в крупном центре первый подсчёт занимает некоторое время. Страница обновляется каждые несколько секунд и покажет их, как только они будут готовы.
stat-published = Опубликованная статистика
stat-published-line = с { $from } до { $to }, опубликовано участником { $by }
stat-publish = Публикация
stat-publishing = Идёт публикация: выполняется подсчёт по всему центру. В крупном центре это занимает несколько секунд; отчёт откроется, как только будет готов.
stat-on-agenda = В повестку дня заседания
stat-no-meeting = без заседания
stat-publish-button = Опубликовать отчёт
stat-choose-meeting = Выберите заседание из списка.
stat-no-such-meeting = Такого заседания нет.
stat-period = { $center } · с { $from } до { $to } UTC
stat-generated = по состоянию на { $at } UTC
stat-scope-viewer = Итоговые показатели охватывают весь центр. Показатели по участникам учитывают только сведения, предоставленные участнику { $member }.
stat-scope-published = Отчёт № { $id }, опубликованный участником { $by }: показатели по участникам учитывают все сведения.
stat-printable-title = { $center } — статистика
stat-totals = Итоговые показатели по центру
stat-charts = Диаграммы
stat-by-member = По участникам
stat-nothing = За этот период ничего нет.
stat-contributed = Переданные сведения
stat-received = Полученные сведения
stat-sightings = Обнаружения
stat-correlated = Сведения, коррелирующие со сведениями другого участника
stat-rfis_sent = Отправленные запросы информации
stat-rfis_answered = Запросы информации, получившие ответ
stat-rfi_median_response_hours = Медианное время до первого ответа
stat-hit_questions = Проверки наличия сведений
stat-hits = Проверки с положительным результатом
stat-release_requests_granted = Удовлетворённые запросы на предоставление
stat-outcomes = Результаты
stat-meetings = Заседания
stat-minutes = { $n } мин
stat-hours = { $n } ч
stat-days = { $n ->
    [one] { $n } день
    [few] { $n } дня
    [many] { $n } дней
   *[other] { $n } дня
}
stat-chart-trend = Переданные сведения по месяцам
stat-chart-by-type = Переданные сведения по типам
stat-chart-by-tlp = Переданные сведения по уровням TLP
stat-chart-contributed-by-member = Переданные сведения по участникам
stat-chart-received-by-member = Полученные сведения по участникам
stat-chart-outcomes = Результаты по видам
stat-chart-members = Число участников на конец каждого месяца

## Чего ждёт пользователь и что только что сделано

home-our-requests = Наши запросы на предоставление
home-our-request = { $what } у участника { $originator }
home-released-count = { $count ->
    [one] { $count } объект предоставлен
    [few] { $count } объекта предоставлены
    [many] { $count } объектов предоставлено
   *[other] { $count } объекта предоставлено
}
home-cast = Наши голоса в ещё открытых голосованиях
release-status-pending = ожидает решения
release-status-approved = одобрен
release-status-refused = отклонён
done-release-requested = Ваш запрос на предоставление отправлен; решение по нему примут офицеры связи владельца сведений, а до тех пор он значится в списке ниже.
done-release-approved = Предоставление одобрено: запросивший участник теперь видит то, что запрашивал.
done-release-refused = Запрос на предоставление отклонён; запросивший участник уведомлён.
## Даты и время — так, как их видит каждый читатель

dates = Дата и время
dates-now = Сейчас
dates-calendar = Календарь
dates-calendar-follow = Обычный календарь для моего языка
calendar-gregorian = Григорианский
calendar-persian = Солнечная хиджра (иранский календарь)
calendar-islamic = Хиджра (Умм аль-Кура)
dates-zone = Часовой пояс
dates-zone-hint = Название часового пояса, например Asia/Tehran или Europe/Paris; оставьте пустым для UTC. При наведении указателя на время показывается время в UTC.
dates-save = Сохранить
dates-saved = Ваш календарь и часовой пояс сохранены; теперь все страницы показывают даты в соответствии с ними.
## Материалы заседания для печати

pack-title = { $title } — материалы заседания
pack-convened = Заседание созвано { $date } UTC участником { $member }. Материалы распечатаны { $printed } UTC.
pack-for-member = От участника
pack-due = Срок (UTC)
pack-overdue = (просрочено)
pack-vote-open = вынесено на голосование участников, голосование открыто
pack-vote-closed = { $outcome } голосованием участников
pack-link-rfi = Запрос информации № { $id }: { $question }
no = нет

## Поиск: фильтры и страницы

search-filtered-by = Фильтры:
search-remove-filter = Убрать фильтр
search-pages = Страницы результатов
search-newest = Самые новые результаты
search-older = Более ранние результаты
## Заявки на вступление

applications = Заявки на вступление
application-sponsored = по рекомендации { $member }
application-applied = заявка подана { $date }
application-vote = голосование участников по заявке
application-record = Зарегистрировать заявку на вступление
application-name = Краткое название
application-name-hint = Строчные латинские буквы, цифры и дефисы — название, под которым организация будет известна в центре (например, delta).
application-display-name = Полное название
application-description = Об организации и причинах подачи заявки
application-contact = Контактные данные
application-sponsor = Рекомендующий участник (полноправный)
application-no-sponsor = Без рекомендации
application-submit = Зарегистрировать заявку и открыть голосование
done-applied = Заявка зарегистрирована, голосование участников по ней открыто.
object-done-translation = Ваш перевод добавлен: читатели на этом языке видят объект в переводе.
object-translated = Показано на вашем языке; перевёл { $member } ({ $translation }). { $original }
object-translated-earlier = Показано на вашем языке; { $member } перевёл более раннюю версию ({ $translation }). { $original }
object-the-translation = перевод
object-show-original = Показать оригинал
object-translation-available = Есть перевод на ваш язык: { $link }.
object-show-translation = показать его
object-translate = Перевод
object-translate-help = Добавьте перевод названия и описания от вашей организации. Перевод виден не шире, чем сам объект; читатели на этом языке видят объект в переводе, а оригинал — в один щелчок.
object-translation-language = Язык
object-translation-name = Название в переводе
object-translation-description = Описание в переводе
object-add-translation = Добавить перевод
object-translated-by = { $member } перевёл это { $into }
language-into = { $tag ->
    [ar] на арабский
    [fa] на персидский
    [ru] на русский
    [fr] на французский
    [en] на английский
   *[other] на язык { $tag }
}
refusal-title-required = укажите название коллекции
refusal-name-required = укажите наименование, под которым известна эта идентичность (до 200 символов, любой алфавит)
refusal-name-required-2 = укажите название сертификата длиной до 100 символов, например название использующей его системы
refusal-pem-bad-certificate = этот сертификат не удаётся прочитать как сертификат X.509
refusal-pem-bad-pem = сертификат не найден
refusal-pem-another-members-certificate = этот сертификат выдан зарегистрированным центром сертификации другого участника; он не может представлять пользователя данного участника
refusal-value-out-of-range = для запроса укажите одно значение длиной от 1 до 512 символов: адрес, домен, хеш, адрес электронной почты, номер телефона или имя
refusal-target-own-member = владелец сведений и так видит собственные сведения; укажите другого участника, которому их следует предоставить
refusal-reason-required = укажите, зачем требуется предоставление ('reason'); решение по нему принимает владелец сведений
refusal-api-root-bad-url = корень API указывается как URL с http:// или https://, например https://taxii.example.org/api1/
refusal-api-root-credential-in-url = не указывайте в URL имя пользователя или пароль; задайте их как учётные данные потока — они хранятся в зашифрованном виде
refusal-api-root-credential-in-clear = учётные данные передаются только по https:// (по незащищённому http:// — только на этот же сервер)
refusal-remote-collection-required = укажите идентификатор удалённой коллекции в том виде, в каком сервер приводит его в разделе collections/
refusal-auth-bad-choice = способ аутентификации: none, basic, bearer или certificate
refusal-secret-unused = при аутентификации 'none' учётные данные не указываются
refusal-secret-required = для HTTP Basic требуются имя пользователя и пароль
refusal-secret-required-2 = требуется токен типа bearer
refusal-secret-required-3 = клиентский сертификат задаётся в формате PEM: сертификат и его закрытый ключ
refusal-ca-not-https = центр сертификации указывается только для корня API с https://
refusal-release-to-not-amber = списки получателей применяются только к TLP:AMBER и TLP:AMBER+STRICT
refusal-reason-required-2 = укажите причину изменения ('--reason'); она сохраняется в истории участника
refusal-description-required = заявка должна содержать описание и контактные данные
refusal-days-out-of-range = голосование о приёме длится от 1 до 365 дней
refusal-term-months-out-of-range = срок составляет от 1 до 60 месяцев
refusal-title-required-2 = укажите название заседания
refusal-ends-before-start = окончание заседания должно быть позже его начала
refusal-title-required-3 = укажите название поручения
refusal-title-required-4 = укажите название пункта повестки дня
refusal-text-required = укажите текст решения
refusal-question-required = запрос информации должен содержать вопрос
refusal-deadline-not-in-future = срок должен быть позже текущего момента
refusal-to-no-recipient = нет участников, которым можно направить запрос
refusal-text-required-2 = ответ должен содержать текст или объекты
refusal-q-required = укажите хотя бы одно слово для поиска
refusal-q-too-long = поисковый запрос не может превышать 500 символов
refusal-to-before-start = окончание периода должно быть позже его начала
refusal-name-required-3 = укажите название отчёта
refusal-location-out-of-range = широта — число от -90 до 90, долгота — от -180 до 180
refusal-place-relation-unknown = выберите из списка характер связи группы с местом
refusal-since-not-a-date = укажите дату в формате год-месяц-день, например 2026-03-01
refusal-actor-restricted = группа с таким названием известна вам по сведениям, предоставленным не всем участникам: составьте отчёт о ней со страницы этой группы или дайте новой группе другое название
refusal-location-restricted = место с таким названием известно вам по сведениям, предоставленным не всем участникам: дайте новому месту другое название и укажите его координаты
refusal-location-place-exists = место с таким названием уже известно: чтобы использовать его, оставьте координаты незаполненными, либо дайте новому месту другое название
refusal-location-coordinates-needed = место с таким названием пока неизвестно: укажите его широту и долготу
refusal-indicators-nothing-referred = отчёт должен на что-то ссылаться: добавьте субъект угрозы, индикатор или место
refusal-language-not-a-language = выберите язык перевода в виде тега, например ar, fa, ru, fr или en
refusal-name-required-4 = переведите название, описание или и то и другое
refusal-objects-required = результат должен ссылаться на сведения, которые к нему привели ('objects')
refusal-name-required-5 = укажите название токена длиной до 100 символов, например название клиента TAXII, который будет его использовать
refusal-expires-in-the-past = срок действия токена должен истекать в будущем, либо токен должен быть бессрочным
refusal-current-password-wrong = текущий пароль введён неверно
refusal-password-unchanged = новый пароль должен отличаться от текущего
refusal-roles-center-role = роли administrator и secretariat назначают только администраторы центра
refusal-roles-secretariat-only = роль secretariat предназначена только для пользователей секретариата центра
refusal-roles-required = назначьте пользователю хотя бы одну роль: analyst, liaison_officer, delegate, member_administrator (а для центра — также secretariat, administrator)
refusal-roles-center-role-2 = у пользователя есть роль центра; изменять его роли могут только администраторы центра
refusal-roles-own-role = вы не можете лишить себя роли administrator; обратитесь к другому администратору
refusal-disabled-own-account = вы не можете отключить собственную учётную запись
refusal-display-name-required = отображаемое имя должно содержать от 1 до 200 символов
refusal-code-wrong = код не совпадает; проверьте время на устройстве с приложением и введите код, который оно показывает сейчас
refusal-code-not-started = начните заново: сначала настройте приложение-аутентификатор
refusal-url-credential-in-url = не указывайте имя пользователя или пароль в URL вебхука; получатель проверяет подпись
table-range = { $first }–{ $last } из { $total }
table-previous = Предыдущая страница
table-next = Следующая страница
table-pages = Страницы списка
table-filters = Сузить список
table-filter = Показать
table-all = Все
table-clear = Сбросить фильтры
table-none-filtered = В списке нет ничего, что подходит под эти фильтры.
groups-window = Составлен из { $count } самых новых групп, доступных вам.
stat-top-groups = Группы, о которых сообщали чаще всего
stat-top-groups-note = Отслеживаемые группы, к которым относится больше всего сведений, переданных за этот период (связи, обнаружения, отчёты). Названы только группы, доступные всем участникам.
stat-group = Группа
stat-group-kind = Вид
stat-group-objects = Сведения о ней
stat-achievements = Достижения
stat-achievements-note = Результаты этого периода и сведения, которые к ним привели, начиная с последних. Названы только сведения, доступные всем участникам; остальные только подсчитаны.
stat-achievement = { $kind }, { $date }, зарегистрировал { $member }
stat-achievement-led-by = К этому привели:
stat-achievement-from = передали: { $members }
stat-achievement-withheld = { $n ->
    [one] Ещё { $n } связанный объект не был доступен всем участникам.
    [few] Ещё { $n } связанных объекта не были доступны всем участникам.
   *[other] Ещё { $n } связанных объектов не были доступны всем участникам.
}
submit-release-to-users = При TLP:RED предоставить поимённо этим людям
submit-recipient-filter = Найти человека
refusal-release-to-users-not-red = поимённые получатели применяются только к TLP:RED; выберите TLP:RED или предоставьте участникам
audit-action-hint = Действие или его начало: objects, objects.read, member.
audit-from = С (по вашему времени)
audit-to = По (не включая)
audit-newest = Последние записи
audit-older = Более ранние записи
audit-no-such-member = Выберите участника из списка.
vote-awaiting = Ожидают голоса вашей организации
vote-title-admission = Приём { $member }
refusal-value-no-member = участника с именем '{ $value }' нет
refusal-value-no-recipient = пользователя с правом чтения по имени '{ $value }' нет; выберите получателей из списка
refusal-value-no-assignee = участника с именем '{ $value }' нет; имена есть в списке участников
refusal-value-zone-iana = '{ $value }' — не часовой пояс: укажите имя IANA, например Europe/Brussels или Asia/Tehran
refusal-value-zone-meeting = '{ $value }' не является названием часового пояса (например, Europe/Brussels или UTC)
refusal-value-zone-reader = '{ $value }' не является названием часового пояса (например, Asia/Tehran, Europe/Paris или UTC)
refusal-value-not-a-time = '{ $value }' должно быть датой и временем, например 2026-12-01T09:00, или датой, например 2026-12-01
refusal-value-not-a-tlp = '{ $value }' — не уровень TLP: укажите clear, green, amber, amber+strict или red
refusal-value-sponsor = рекомендующий участник '{ $value }' должен быть полноправным участником
refusal-value-not-visible = { $value } не является доступным вам объектом; связывайте только доступные вам объекты
refusal-value-webhook-url = '{ $value }' — не адрес вебхука: укажите адрес http:// или https://
refusal-value-feed-user = объекты поступают от имени пользователя участника '{ $value }'; укажите его
refusal-password-too-short = пароль должен содержать не менее 12 символов; хороший пароль — несколько не связанных между собой слов
refusal-password-too-long = пароль должен содержать не более 256 символов
refusal-password-length = пароль должен содержать от 12 до 256 символов
refusal-feed-interval = опрашивать с интервалом от 10 секунд до 30 дней
not-active-notice = Ваша организация, { $member }, имеет статус «{ $status }»: сведения, управление и заседания центра станут доступны её сотрудникам, когда она получит статус участника или наблюдателя. До тех пор здесь можно управлять своей учётной записью; подробнее расскажет секретариат центра.
refusal-value-applicant-users = '{ $value }' — кандидат: его сотрудники получают учётные записи после того, как участники его примут
vocab-activist = активист
vocab-competitor = конкурент
vocab-crime-syndicate = преступный синдикат
vocab-criminal = преступник
vocab-hacker = хакер
vocab-insider-accidental = инсайдер по неосторожности
vocab-insider-disgruntled = недовольный инсайдер
vocab-nation-state = государство
vocab-sensationalist = искатель сенсаций
vocab-spy = шпион
vocab-terrorist = террорист
vocab-unknown = неизвестно
vocab-anomalous-activity = аномальная активность
vocab-anonymization = анонимизация
vocab-benign = безвредный
vocab-compromised = скомпрометированный
vocab-malicious-activity = вредоносная активность
vocab-attribution = атрибуция
vocab-threat-report = отчёт об угрозе
rfi-ask-liaison-only = Запросы информации направляют офицеры связи каждого участника, они же на них отвечают; попросите офицера связи вашей организации направить запрос.
nav-notifications = Уведомления
notices-title = Уведомления
notices-intro = Уведомления, полученные вашей организацией, начиная с последних. На главной странице показано новое с момента вашего последнего посещения этой страницы.
notices-new = Новое
home-news = Новое для вашей организации
home-news-all = Все уведомления
notice-rfi = { $from } задаёт вопрос ({ $priority }), ответ нужен до { $deadline }
notice-rfi-answer = { $from } ответил на запрос информации вашей организации
notice-rfi-reminder = Срок ответа на запрос информации, адресованный вашей организации, — { $deadline }
notice-release-request = { $from } просит вашу организацию предоставить сведения участнику { $to }
notice-release-decision = { $originator } принял решение по запросу вашей организации на предоставление: { $status }
notice-hit = { $asked_by } запросил проверку значения, которое есть в сведениях вашей организации, не предоставленных этому участнику
notice-meeting = Созвано заседание: { $title }
notice-meeting-minutes = Протокол заседания { $title }
notice-meeting-agenda = Новое в повестке заседания { $title }: { $item }
notice-meeting-decision = Решено на заседании { $title }: { $item }
notice-action-item = Поручение вашей организации: { $title }, срок — { $due }
notice-statistics = Опубликована статистика: { $title }
notice-other = Уведомление: { $kind }

requests-title = Запросы на предоставление
requests-intro = Запросы, которые ваша организация направила другим участникам о сведениях, к которым у неё пока нет доступа, и запросы других участников к вашей организации. Решения по входящим запросам принимают ваши офицеры связи.
requests-none = Ваша организация не направляла и не получала запросов на предоставление.
requests-way = Направление
requests-asked-of-us = входящий
requests-sent-by-us = исходящий
requests-asked-on = Дата запроса
requests-what = Что запрошено
requests-decision = Решение
home-requests-all = Все запросы на предоставление
members-summary = { $members ->
    [one] { $members } участник имеет
    [few] { $members } участника имеют
   *[many] { $members } участников имеют
} полный статус из { $known }, известных центру.
members-all = Все участники, их статус и заявки на вступление
members-back = Назад к управлению

error-next-401 = Ваш сеанс завершён, или вы ещё не вошли. Войдите и откройте страницу снова.
error-next-403 = Ваши роли этого не разрешают. Роли назначает администратор вашей организации; обратитесь к нему, если это нужно для работы.
error-next-404 = Этого здесь нет, или это не предоставлено вашей организации. Воспользуйтесь поиском или запросите предоставление у владельца сведений.
error-next-413 = Отправленное больше, чем принимает эта страница. Отправьте частями.
error-next-429 = Слишком много попыток за короткое время. Подождите минуту и попробуйте снова.
error-next-500 = Ничего из ранее принятого не потеряно. Попробуйте снова; если ошибка повторится, сообщите администраторам центра время, когда она произошла.
error-next-503 = Центр временно занят. Подождите несколько секунд и попробуйте снова.

applications-open = Заявки на вступление, вынесенные на голосование участников
applications-all = Все заявки на вступление и их итог
application-applicant = Заявитель
application-applied-on = Дата подачи

refusal-value-cannot-be-asked = к '{ $value }' нельзя обратиться: статус — «{ $member_status }»
refusal-value-rfi-closed = статус этого запроса информации — «{ $rfi_status }»; ответы больше не принимаются
refusal-value-rfi-already = статус этого запроса информации уже «{ $rfi_status }»
refusal-value-cannot-vote = ваша организация не может голосовать: её статус — «{ $member_status }»
refusal-value-request-decided = по этому запросу уже принято решение: { $release_status }
refusal-value-applicant-by-vote = '{ $value }' — кандидат; участником он становится по итогам голосования о приёме, а не по команде
refusal-value-founding = учредителем может быть только участник; статус '{ $value }' — «{ $member_status }»
refusal-value-invited = статус '{ $value }' — «{ $member_status }»; приглашаются только участники и наблюдатели
refusal-value-presidency = председательствует участник с полным статусом; статус '{ $value }' — «{ $member_status }»
refusal-value-identity-registered = { $value } уже закреплён за участником
refusal-value-identity-of = { $value } уже является идентичностью участника '{ $member }'
refusal-value-identity-kind = '{ $value }' имеет тип «{ $kind }»; участник выступает автором как идентичность (identity--UUID)
refusal-value-feed-exists = поток с именем '{ $value }' уже существует
refusal-value-feed-user-disabled = пользователь потока '{ $value }' отключён; укажите другого через `liaison feed` или включите его
refusal-analysts-only = обмен сведениями, сообщения об обнаружениях, результаты, переводы и запросы на предоставление — работа аналитика; попросите администратора вашей организации назначить вам роль аналитика
refusal-value-feed-user-analyst = объекты поступают от имени аналитика участника '{ $value }'; назначьте '{ $user }' роль аналитика или укажите другого пользователя
refusal-value-user-exists = пользователь с именем '{ $value }' уже существует
refusal-value-member-exists = участник с именем '{ $value }' уже существует
refusal-value-organisation-known = организация с именем '{ $value }' центру уже известна
refusal-value-collection-exists = коллекция с псевдонимом '{ $value }' уже существует
refusal-value-group-exists = группа обмена с именем '{ $value }' уже существует
refusal-value-not-tracked = { $value } имеет тип «{ $kind }»; статусы ведутся только для субъектов угроз, наборов вторжений и кампаний
refusal-value-bad-name = '{ $value }' не годится как имя ({ $what }): используйте от 2 до 64 символов из a-z, 0-9, '-', '_' и '.'
refusal-value-throttled = слишком много неудачных попыток отсюда или для этой учётной записи; повторите через { $seconds } с
refusal-value-hits-limit = за последний час ваша организация задала { $asked ->
    [one] { $asked } вопрос
    [few] { $asked } вопроса
   *[many] { $asked } вопросов
    } о наличии сведений — максимум, разрешённый центром ({ $limit }); повторите позже
refusal-value-webhook-network = { $value } — адрес loopback, частной или link-local сети либо облачных метаданных; центр к нему не обращается, если администратор не разрешит эту сеть (`liaison network allow`)
refusal-value-pem = это не сертификат PEM ({ $why }); вставьте текст от -----BEGIN CERTIFICATE----- до -----END CERTIFICATE-----
name-kind-member = участник
name-kind-user = пользователь
name-kind-feed = поток
name-kind-collection-alias = псевдоним коллекции
name-kind-sharing-group = группа обмена

actions-title = Поручения
actions-intro = Что заседания поручили каждому участнику и к какому сроку. Сотрудники участника-исполнителя, председательство и секретариат отмечают поручение выполненным или отменённым.
actions-meeting = Заседание
actions-due = Срок
actions-close = Закрыть
actions-all = Все поручения
actions-ours = Все наши поручения
action-status-overdue = просрочено
action-mark-done = Выполнено
done-action-done = Поручение отмечено выполненным.
done-action-cancelled = Поручение отменено.
meeting-due-label = Срок (ваше время, { $zone })

refusal-actor-narrower-than-report = ваша группа с таким именем предоставлена меньшему кругу читателей, чем этот отчёт, и они увидят её лишь как идентификатор: не предоставляйте отчёт шире, чем группу, или назовите новую группу иначе
refusal-location-narrower-than-report = ваше место с таким именем предоставлено меньшему кругу читателей, чем этот отчёт, и они увидят его лишь как идентификатор: не предоставляйте отчёт шире, чем место, или назовите новое место иначе

member-change-status = Изменение статуса
member-status-reason = Причина (сохраняется в истории)
member-status-change = Изменить
member-add = Добавить участника
member-add-founding = Учредитель
member-add-hint = Участник, добавленный здесь, вступает сразу; организация, подающая заявку, регистрируется на странице заявок, и участники голосуют.
member-add-submit = Добавить участника
done-member-added = Участник добавлен. Его администраторов теперь можно пригласить на странице пользователей.
done-member-status = Статус участника изменён, причина сохранена в его истории.
presidency-appoint = Назначить следующее председательство
presidency-appoint-hint = Срок начинается по окончании текущего (или сейчас, если текущего нет) и длится столько, сколько предусматривает порядок председательства.
presidency-basis = На каком основании (решение, заседание)
presidency-basis-none = назначено администраторами центра
presidency-appoint-submit = Назначить
done-appointed = Председательство назначено.

rfi-asked-of = Направлен: { $members }
rfi-close = Закрыть запрос
rfi-close-hint = Новые ответы больше не принимаются; полученные сохраняются.
done-rfi-closed = Запрос информации закрыт.
done-rfi-sent = Запрос информации отправлен; адресаты уведомлены, их ответы придут сюда.
done-rfi-answered = Ваш ответ отправлен; запросивший участник уведомлён.

release-answer = Ответ (необязательно; его прочтёт запросивший)
action-mark-cancelled-long = Отменить поручение
invite-applicant = Этот участник ещё кандидат: его сотрудников приглашают после того, как участники его примут.
notice-meeting-decision-to-vote = Вынесено на голосование участников на заседании { $title }: { $item }
application-contact-is = Контакт: { $contact }
audit-dates-reversed = Эта дата раньше первой: поменяйте их местами или очистите одну из них.

refusal-value-not-found = Не найдено или недоступно вам: { $thing }
thing-object = объект
thing-user = пользователь
thing-collection = коллекция
thing-RFI = запрос информации
thing-member = участник
thing-token = токен
thing-status = статус
thing-sharing-group = группа обмена
thing-release-request = запрос на предоставление
thing-published-report = опубликованный отчёт
thing-meeting = заседание
thing-webhook = вебхук
thing-vote = голосование
thing-session = сеанс
thing-member-identity = идентичность участника
thing-feed = поток
thing-certificate = сертификат
thing-application = заявка
thing-agenda-item = пункт повестки
thing-action-item = поручение

refusal-value-not-ipv4 = '{ $value }' — не адрес IPv4: каждое из четырёх чисел от 0 до 255
refusal-value-not-observable = '{ $value }' — не IP-адрес, не домен, не URL, не адрес электронной почты и не хеш MD5/SHA-1/SHA-256/SHA-512
refusal-separator = {"; "}
marking-release-list = список получателей
refusal-secretariat-status = секретариат сохраняет свой статус: его приостановка или выход лишили бы администраторов центра доступа
refusal-value-action-closed = статус этого поручения уже «{ $action_status }»
refusal-release-asked-already = ваша организация уже запросила это, и запрос ещё ждёт решения владельца сведений; он указан на странице запросов на предоставление
stat-automatic-title = Статистика с { $from } по { $to }
meeting-minutes-hint = Пишите в Markdown: заголовки, списки, ссылки, выделение. Введённый HTML в протокол не попадает.
sighting-recorded = (записано { $date })
nav-operations = Операции
nav-joint-operations = Совместные операции
operations-title = Операции и деконфликтинг
operations-intro = Регистрируйте здесь операции вашей организации с селекторами их целей и запланированными мероприятиями. Другие участники их не видят. Если активная операция другого участника содержит один из тех же селекторов или предусматривает мероприятие, близкое по месту и времени, вас обоих сразу уведомят, кому звонить, — и ничего больше.
operations-ours = Наши операции
operations-none = Ваша организация ещё не зарегистрировала ни одной операции.
operations-all = Все наши операции
operation-name = Название (видит только ваша организация)
operation-contact = Контактное лицо
operation-contact-help = Кому звонит другой участник, если его работа пересекается с этой операцией: дежурная часть и номер телефона. Больше другой участник ничего не узнаёт.
operation-registered = Зарегистрирована
operation-register = Зарегистрировать операцию
operation-register-help = Дайте ей название, под которым её знают ваши сотрудники, и контактное лицо; затем добавьте селекторы и мероприятия.
operation-register-button = Зарегистрировать операцию
operation-registered-on = зарегистрирована { $date }
operation-closed-on = закрыта { $date }
operation-status-active = активна
operation-status-closed = закрыта
operation-selectors = Селекторы
operation-selectors-kept = Каждое значение хранится только как хеш с ключом: никто, даже ваша организация, не может прочитать его здесь. Ведите свой список; ваша пометка подскажет, какой селектор совпал.
operation-selectors-none = Селекторов пока нет.
selector-kind = Вид
selector-reference = Ваша пометка
selector-lines = Селекторы, по одному в строке: вид, значение, пометка
selector-lines-help = Виды: phone (международный формат, +44 20 7946 0958), email, iban, plate (госномер), ip, domain, identifier (паспорт, удостоверение, регистрационный номер) или object (идентификатор STIX, доступный вам). Пометка необязательна. Ошибочная строка будет названа, и ничего из списка не регистрируется, пока она не исправлена.
selector-add = Зарегистрировать селекторы
selector-kind-phone = номер телефона
selector-kind-email = адрес электронной почты
selector-kind-iban = IBAN
selector-kind-plate = госномер
selector-kind-ip = IP-адрес
selector-kind-domain = домен
selector-kind-identifier = идентификатор
selector-kind-object = объект сведений
operation-events = Запланированные мероприятия
operation-events-help = Где и когда будут действовать ваши сотрудники. Мероприятие другого участника, чей круг и время пересекаются с вашими, — конфликт, и вас обоих сразу уведомят.
operation-events-none = Запланированных мероприятий пока нет.
event-kind = Вид мероприятия
event-place = Место
event-starts = Начало
event-ends = Конец
event-starts-label = Начало ({ $zone })
event-ends-label = Конец ({ $zone })
event-latitude = Широта (от -90 до 90)
event-longitude = Долгота (от -180 до 180)
event-location = Или доступное вам местоположение по идентификатору (берутся его координаты)
event-radius = Радиус в метрах
event-add = Зарегистрировать мероприятие
event-kind-surveillance = наблюдение
event-kind-search = обыск
event-kind-arrest = задержание
event-kind-undercover_meeting = негласная встреча
event-kind-other = другое
operation-close = Закрыть операцию
operation-close-help = Закрытая операция больше ни с чем не совпадает, и её нельзя открыть снова.
operation-close-confirm = Эта операция завершена
operation-close-button = Закрыть операцию
deconflictions-title = Деконфликтинг
deconflictions-all = { $count ->
    [1] Единственное пересечение
    [one] Все { $count } пересечение
    [few] Все { $count } пересечения
    [many] Все { $count } пересечений
   *[other] Все пересечения ({ $count })
    }
deconflictions-intro = Где операции вашей организации пересеклись с операциями другого участника: та же цель или мероприятия, близкие по месту и времени. Свяжитесь с указанным контактом; ничего другого о его операции не показывается.
deconflictions-none = Ни одна операция вашей организации не пересеклась с операцией другого участника.
deconflictions-none-here = Эта операция не пересеклась ни с чьей другой.
deconfliction-when = Когда
deconfliction-kind = Что совпало
deconfliction-ours = Наша операция
deconfliction-other = Другой участник
deconfliction-call = Звонить
deconfliction-kind-target = та же цель
deconfliction-kind-event = мероприятия рядом по месту и времени
done-operation-registered = Операция зарегистрирована. Добавьте ниже её селекторы и мероприятия.
done-operation-closed = Операция закрыта: она больше ни с чем не совпадает.
done-operation-selectors = Зарегистрировано селекторов: { $count }. Ни один не совпал с операцией другого участника.
done-operation-selectors-met = Зарегистрировано селекторов: { $count }. Совпадений: { $met }. Ниже указано, кому звонить.
done-operation-events = Зарегистрировано мероприятий: { $count }. Ни одно не совпало с операцией другого участника.
done-operation-events-met = Зарегистрировано мероприятий: { $count }. Совпадений: { $met }. Ниже указано, кому звонить.
notice-deconfliction = { $other } работает над тем же, что и ваша операция { $operation } ({ $match }): звоните { $contact }
input-field-kind = вид
input-field-value = значение
input-field-reference = пометка
input-field-latitude = место
input-field-location = место
input-field-radius_m = радиус
input-field-starts = начало
input-field-ends = конец
refusal-operation-name = операции нужно название длиной до 200 символов, которое видит только ваша организация
refusal-operation-contact = укажите контактное лицо, которому другой участник сможет позвонить, если его работа пересечётся с вашей (от 3 до 300 символов)
refusal-operation-role = операции регистрируют и просматривают аналитики и офицеры связи участника
refusal-operation-closed-already = эта операция уже закрыта
refusal-operation-closed = эта операция закрыта: для новой работы зарегистрируйте другую операцию
refusal-lines-empty = список пуст: укажите хотя бы одну строку
refusal-lines-too-many = отправляйте не более 10000 строк за раз (`liaison operation import` отправляет файл частями)
refusal-lines-nothing-stored = ничего из этого списка не зарегистрировано: исправьте эти строки и отправьте список снова
refusal-deconfliction-key = этот узел запущен без ключа деконфликтинга; попросите оператора запустить его с файлом ключа деконфликтинга центра
refusal-reference-long = пометка — не более 200 символов
refusal-event-place = укажите место: либо широту (от -90 до 90) и долготу (от -180 до 180), либо идентификатор объекта location
refusal-event-radius = радиус должен быть больше 0 и не более 50000 метров
refusal-event-times = укажите начало и конец датой и временем, например 2027-03-01T06:00:00Z
refusal-event-order = мероприятие должно заканчиваться после начала и длиться не более 31 дня
refusal-value-empty = значение пустое
refusal-operation-confirm = отметьте флажок, чтобы подтвердить, что операция завершена: закрытая операция больше ни с чем не совпадает
refusal-value-line = строка { $line }, { $field }: { $why }
refusal-value-lines-more = и ещё { $count }
refusal-value-selector-kind = '{ $value }' — не вид селектора: используйте phone, email, iban, plate, ip, domain, identifier или object
refusal-value-event-kind = '{ $value }' — не вид мероприятия: используйте surveillance, search, arrest, undercover_meeting или other
refusal-value-selector-object = нет доступного вам объекта с идентификатором '{ $value }'
refusal-value-event-location = нет доступного вам объекта location с координатами и идентификатором '{ $value }'
refusal-value-phone-chars = '{ $value }' — не номер телефона: используйте цифры, пробелы, «+», «-», «.» и скобки
refusal-value-phone-international = '{ $value }' — не в международном формате: укажите код страны, например +44 20 7946 0958
refusal-value-phone-e164 = '{ $value }' — не номер E.164: код страны (не с 0) и всего от 8 до 15 цифр
refusal-value-email = '{ $value }' — не адрес электронной почты: пишите как name@example.org
refusal-value-iban = '{ $value }' — недействительный IBAN: нужны две буквы, две контрольные цифры и до 30 букв и цифр, согласующихся с контрольными цифрами
refusal-value-plate = '{ $value }' — не госномер: от 2 до 12 букв и цифр
refusal-value-selector-ip = '{ $value }' — не IP-адрес: пишите как 198.51.100.7 или 2001:db8::1
refusal-value-selector-domain = '{ $value }' — не доменное имя: пишите как example.org
refusal-value-identifier = '{ $value }' слишком короток, чтобы кого-то идентифицировать: не менее 3 букв или цифр
refusal-value-stix-id = '{ $value }' — не идентификатор STIX: пишите как threat-actor--<uuid>
notice-intelligence-match-operation = В сведениях, переданных участником { $other }, указана цель вашей операции { $operation }: { $object }
notice-intelligence-match-intelligence = Участник { $other } ведёт операцию по цели, указанной в ваших сведениях { $object }: звоните { $contact }
thing-operation = операция
thing-joint-operation = совместная операция
thing-task = задача
refusal-joint-title = совместной операции нужно название длиной до 200 символов, которое видят только её участники
refusal-joint-objectives = цели — не более 10 000 символов
refusal-value-joint-invitees = приглашайте других активных участников по их кратким именам; эти ими не являются: { $value }
refusal-joint-task-title = задаче нужно название длиной до 300 символов
refusal-joint-task-member = поручите задачу участнику, который входит в совместную операцию
refusal-joint-entry = опишите, что произошло, не более чем в 4 000 символах
refusal-joint-task-status = закройте задачу как выполненную или отменённую
refusal-joint-role = совместные операции ведут аналитики и офицеры связи участника
refusal-joint-accept-first = сначала примите приглашение: в совместной операции действуют только её участники
refusal-joint-lead-only = только ведущий участник приглашает других и завершает совместную операцию
refusal-joint-task-others = ведущий участник поручает задачи другим; участник добавляет свои
refusal-joint-task-closer = задачу закрывает участник, которому она поручена, или ведущий
refusal-joint-concluded = эта совместная операция завершена
refusal-joint-answered = ваша организация уже ответила на это приглашение
refusal-joint-task-closed = эта задача уже закрыта
notice-joint-operation = Совместная операция { $title }: { $change }
joint-change-invited = ваша организация приглашена принять участие
joint-change-accepted = участник согласился принять участие
joint-change-declined = участник отказался
joint-change-outcome = записан результат
joint-change-concluded = ведущий завершил её
joints-title = Совместные операции
joints-intro = Участники, договорившиеся действовать вместе, открывают совместную операцию: ведущий участник, приглашённые участники, цели, задачи каждого, хроника, связанные сведения и результаты. Её видят только участники операции; сведения каждый видит лишь в той мере, в какой они ему предоставлены. Председательство видит, что она существует и в каком она состоянии.
joints-ours = Наши
joints-none = Ваша организация не участвует ни в одной совместной операции.
joints-all = Все совместные операции
joints-overview = Все совместные операции центра
joints-overview-help = Что видят председательство и секретариат: что каждая существует и в каком она состоянии, но не её название, участников и содержание.
joints-none-center = Совместных операций пока не открывали.
joint-title = Название (видят только участники)
joint-lead = Ведущий участник
joint-participants = Участники
joint-state-invited = приглашён
joint-state-accepted = участвует
joint-state-declined = отказался
joint-status-active = активна
joint-status-concluded = завершена
joint-open = Открыть совместную операцию
joint-objectives = Цели
joint-invite = Пригласить участников
joint-open-button = Открыть совместную операцию
joint-opened = Открыта
joint-outcomes = Результаты
joint-led-by = ведёт { $member }
joint-opened-on = открыта { $date }
joint-invitation = Ваша организация приглашена
joint-accept = Участвовать
joint-decline = Отказаться
joint-invite-button = Пригласить
joint-tasks = Задачи
joint-tasks-none = Задач пока нет.
joint-task = Задача
joint-task-add = Добавить задачу
joint-timeline = Хроника
joint-timeline-none = Пока ничего не записано.
joint-entry = Что произошло
joint-entry-add = Добавить в хронику
joint-intelligence = Связанные группы и сведения
joint-intelligence-none = Пока ничего не связано.
joint-withheld = Связанные сведения, не предоставленные вашей организации: { $count }
joint-link = Идентификатор группы или сведений, доступных вам
joint-link-button = Связать
joint-outcomes-none = Результатов пока нет.
joint-occurred-label = Когда это произошло ({ $zone })
joint-outcome-from = Сведения, которые к этому привели
joint-conclude = Завершить совместную операцию
joint-conclude-confirm = Эта совместная операция окончена
joint-conclude-button = Завершить
done-joint-opened = Совместная операция открыта; приглашённые участники уведомлены.
done-joint-answered = Ваш ответ записан.
done-joint-invited = Участники приглашены и уведомлены.
done-joint-task = Задача добавлена.
done-joint-task-closed = Задача закрыта.
done-joint-entry = Добавлено в хронику.
done-joint-linked = Связано: каждый участник видит это в той мере, в какой это ему предоставлено.
done-joint-outcome = Результат записан; статистика его учитывает.
done-joint-concluded = Совместная операция завершена.
refusal-joint-unknown-object = нет доступного вам объекта с таким идентификатором
refusal-joint-confirm = отметьте флажок, чтобы подтвердить, что совместная операция окончена
meeting-link-joint = Совместная операция № { $id }
meeting-joint-stands = совместная операция № { $id }: { $status }; участников в операции: { $members }; результатов: { $outcomes }
joint-propose = Предложить на заседании
joint-propose-no-meeting = Предстоящих заседаний пока нет: их созывает председательство.
joint-propose-note = Все участники центра читают название и примечания пункта и видят, в каком состоянии операция (номер, статус, сколько участников в ней задействовано и сколько результатов). Название операции видят только её участники.
joint-propose-meeting = Предстоящее заседание
joint-propose-title = Название пункта (его читают все участники центра)
joint-propose-notes = Примечания (их читают все участники центра)
joint-propose-button = Внести в повестку
done-joint-proposed = Операция внесена в повестку заседания; участники уведомлены.
stat-joint-operations = Совместные операции
stat-joint-note = Состояние совместных операций за период. Они пронумерованы, но не названы: названия, участники и содержание остаются у участников.
stat-joint_opened = Открыто за период
stat-joint_concluded = Завершено за период
stat-joint_active = Активны на конец периода
stat-joint_outcomes = Их результаты за период
stat-joint-line = № { $id }: { $status }, открыта { $opened }; участников в операции: { $members }; результатов за период: { $outcomes }
refusal-joint-propose-title = пункту нужно название длиной до 200 символов; его читают все участники центра
refusal-joint-propose-notes = примечания — не более 10 000 символов
refusal-joint-propose-over = это заседание уже прошло: предложите совместную операцию на предстоящем заседании
refusal-joint-propose-meeting = выберите предстоящее заседание, на котором её предложить
refusal-value-operations-budget = за последний час операции вашей организации получили селекторов и мероприятий: { $done }, а этот центр допускает не более { $limit } в час (чтобы никто не мог узнать, чем заняты другие, перебирая значения); зарегистрируйте оставшиеся записи ({ $adding }) позже или попросите операторов центра импортировать список (liaison operation import)
notice-release = { $originator } предоставил сведения вашей организации
object-release-further = Предоставить другому участнику
object-release-further-help = С этого момента выбранный участник сможет читать этот объект во всех его версиях, а также сведения вашей организации под TLP:AMBER, на которые он ссылается (индикаторы, группу и место отчёта), и получит об этом уведомление. Предоставление нельзя отозвать.
object-release-member = Участник
object-release-note = Сообщение для этого участника (необязательно)
object-release-button = Предоставить
object-done-released = Объект предоставлен выбранному участнику, он уведомлён.
requests-released-by-us = предоставлено нами
refusal-release-by-liaison-officers = сведения вашей организации предоставляют другим её офицеры связи; обратитесь к одному из них
refusal-object-id-not-own = этот объект передал другой участник, и только он может предоставить его дальше: направьте ему запрос на предоставление
refusal-release-red-named = сведения TLP:RED доходят только до названных в них лиц: передайте новую версию, в которой названы остальные
refusal-release-open-already = сведения TLP:CLEAR и TLP:GREEN и так читают все участники
refusal-target-required = укажите участника, которому предоставить
refusal-display-name-taken = участник «{ $name }» уже называется «{ $display_name }»: дайте этому название, которое можно отличить, например с указанием страны
refusal-release-orcon = он ссылается на { $id }, который участник «{ $owner }» предоставил под контролем владельца (ORCON) меньшему числу участников, чем охватит это предоставление; сначала попросите этого участника предоставить его им
refusal-value-required = укажите значение, сведения о котором предоставляются
refusal-target-not-in-good-standing = сведения предоставляются только участникам и наблюдателям центра
