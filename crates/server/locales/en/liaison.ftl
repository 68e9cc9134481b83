## The words of Liaison's web app, in English. Every other catalog has the same messages.
## Message ids name what the words are for, not what they say.

-product = Liaison

## The layout of every page

page-title = { $title } — { -product }
skip-to-content = Skip to content
nav-main = Main
nav-home = { -product }
nav-search = Search
nav-submit = Submit
nav-rfis = RFIs
nav-groups = Groups
nav-map = Map
nav-governance = Governance
nav-meetings = Meetings
nav-statistics = Statistics
nav-users = Users
nav-connections = Connections
nav-feeds = Feeds
nav-administration = Administration
nav-audit = Audit log
your-account = Your account
sign-out = Sign out
back-home = Back to the home page
back-to-account = Back to your account
none = None.
never = never
objects-table = Objects
list-separator = { ", " }
action = Action

count-objects = { $count ->
    [one] { $count } object
   *[other] { $count } objects
}

## Signing in and choosing a password

sign-in-title = Sign in
sign-in-heading = Sign in to { $center }
sign-in-code = Code from your authenticator app
sign-in-code-hint = Six digits, or one of your recovery codes.
sign-in-button = Sign in
user-name = User name
password = Password
forgot-password = Forgot your password? Your member's administrator can send you a link to set a new one.
choose-password-title = Choose a password
choose-password-heading = Choose a password for { $center }
new-password = New password
password-hint = At least 12 characters that nobody would guess: a few unrelated words work well.
password-again = The same password again
set-password-button = Set the password

## The account page

account-title = Your account
account-must-change = Your password was chosen for you. Choose your own before anything else.
account-second-factor-required = This center requires a second factor. Set up an authenticator app below before anything else.
current-password = Current password
new-password-again = The same new password again
change-password-button = Change the password
second-factor = Second factor
second-factor-on = On: you sign in with a code from your authenticator app. { $left ->
    [one] { $left } recovery code left.
   *[other] { $left } recovery codes left.
}
second-factor-remove-code = Code from the app, to remove the second factor
second-factor-remove = Remove
second-factor-again-code = Code from the app you have, to set up another (with new recovery codes)
second-factor-again = Set up another app
second-factor-off = Off: a password alone signs you in.
second-factor-set-up = Set up an authenticator app
sessions = Sessions
your-sessions = Your sessions
session-opened = Opened
session-last-used = Last used
session-from = From
session-this = this session
session-end = End
session-end-others = End every other session
api-tokens = API tokens
api-tokens-hint = For TAXII clients and scripts: send a token as <code>Authorization: Bearer …</code>, or as the password of HTTP Basic with your user name.
your-api-tokens = Your API tokens
token-shown-once = The token “{ $name }” ({ $scope }), shown only now:
token-name = Name
token-scope = Scope
token-created = Created
token-expires = Expires
token-state = State
token-live = live
token-revoked = revoked
token-expired = expired
token-revoke = Revoke
token-new-name = New token: what will use it
token-may = It may
token-scope-write = read and write
token-scope-read = only read
token-expires-at = Expires at the end of (leave empty for never)
token-make = Make the token
language = Language
language-hint = The language of every page you see. With none chosen, your member's language or your browser's is used.
language-follow = As my member or browser
language-save = Save the language
language-saved = Language saved: { $language }. Every page now speaks it to you.
language-cleared = The center now follows your member's language, or your browser's.

## Setting up a second factor

second-factor-title = Second factor
second-factor-is-on = Your second factor is on. From now on you sign in with your password and a code from the app.
recovery-codes = Recovery codes
recovery-codes-hint = If you lose the device, each of these codes signs you in once instead of a code. Keep them somewhere safe; they are shown only now.
enrol-scan = In your authenticator app, add an account by scanning this code
enrol-qr-label = QR code of the secret below
enrol-or-type = or by typing this secret:
enrol-type-code = Type the six-digit code the app shows now.
enrol-code = Code from the app
enrol-turn-on = Turn the second factor on

## A member's language (users page)

member-language = Language of { $member }
member-language-hint = What { $member }'s people read unless they choose another language.
member-language-none = Each browser's language
member-language-saved = Language of { $member } saved: { $language }. Its people who chose no language of their own now read the center in it.
member-language-cleared = { $member }'s people now read the center in their browser's language unless they chose another.

## Refusals

error-title = { $status } — { -product }
status-400 = Bad request
status-401 = Sign in first
status-403 = Not allowed
status-404 = Not found
status-405 = Not done this way
status-409 = Conflict
status-410 = Gone
status-413 = Too large
status-415 = Unsupported format
status-422 = Not accepted
status-429 = Too many attempts
status-500 = Something went wrong
status-503 = Busy for a moment
status-other = Refused
password-set-sign-in = Your password is set. Sign in with it.
passwords-differ = The two passwords differ; type the same password twice.

## Roles, and what was just done on the account page

role-analyst = analyst
role-liaison-officer = liaison officer
role-delegate = delegate
role-member-administrator = member administrator
role-secretariat = secretariat
role-administrator = center administrator
done-password = Your password is changed; your other sessions have ended.
done-session = The session has ended.
done-sessions = Every other session has ended.
done-revoked = The token is revoked.
done-second-factor-off = Your second factor is removed.
new-passwords-differ = The two new passwords differ; type the same password twice.
