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
language-cleared = Теперь центр следует языку вашей организации или вашего браузера.

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
role-liaison-officer = офицер связи
role-delegate = делегат
role-member-administrator = администратор участника
role-secretariat = секретариат
role-administrator = администратор центра
done-password = Пароль изменён; другие ваши сеансы завершены.
done-session = Сеанс завершён.
done-sessions = Все остальные сеансы завершены.
done-revoked = Токен отозван.
done-second-factor-off = Второй фактор удалён.
new-passwords-differ = Новые пароли не совпадают; введите один и тот же пароль дважды.
