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
role-liaison_officer = liaison officer
role-delegate = delegate
role-member_administrator = member administrator
role-secretariat = secretariat
role-administrator = center administrator
done-password = Your password is changed; your other sessions have ended.
done-session = The session has ended.
done-sessions = Every other session has ended.
done-revoked = The token is revoked.
done-second-factor-off = Your second factor is removed.
new-passwords-differ = The two new passwords differ; type the same password twice.

## Tables of objects

nothing-yet = Nothing yet.
col-name = Name
col-type = Type
col-tlp = TLP
col-from = From
col-added = Added
col-status = Status
col-month = Month

## The home page

home-title = { $member } — home
home-new-intelligence = New intelligence released to us
home-rfis = RFIs to answer
home-release-requests = Release requests to decide
home-votes = Votes pending
home-meetings = Upcoming meetings
home-overdue = Overdue action items
due-on = due { $date }
open-until = until { $date }
release-request-asks = { $requester } asks for { $what }: { $reason }
release-approve = Approve
release-refuse = Refuse
action-overdue = { $title } — due { $date }

## Search

search-words = Words
search-type = Type
search-type-example = e.g. indicator, report
search-button = Search
search-facets = Facets
search-matches = { $count ->
    [one] { $shown } match
   *[other] { $shown } matches
}
search-matches-partial = { $matches } matches, the newest { $shown } shown

## Users (for administrators)

member = Member
roles = Roles
users-show = Show its users
users-of = Users of { $member }
user-invited = { $user } is invited. Send them this link (it works once, until { $until } UTC); it is shown only now:
user-disabled = disabled
user-invited-state = invited
user-must-choose = must choose a password
user-active = active
user-second-factor = second factor
invite-heading = Invite a user
user-name-hint = 2 to 64 characters: a-z, 0-9, '-', '_' and '.'.
display-name = Name people see
invite-button = Invite
user-title = User { $user }
done-user-saved = The account is saved.
done-user-disabled = The account is disabled; its sessions have ended.
done-user-enabled = The account may sign in again.
done-certificate = The certificate is registered.
done-certificate-revoked = The certificate registration is revoked.
done-user-second-factor-off = The second factor is removed; the user signs in with the password alone until setting up a new one.
user-reset-link = Send { $user } this link to set a new password (it works once, until { $until } UTC; the old password works until then); it is shown only now:
users-all-of = All users of { $member }
user-invited-no-password = invited, no password yet
user-signs-in-with-second-factor = signs in with a second factor
user-name-and-roles = Name and roles
save = Save
user-access = Access
user-enable = Let it sign in again
user-disable = Disable
user-reset = Make a link to set a new password
user-remove-second-factor = Remove the second factor (lost device)
certificates = Client certificates
certificates-hint = A system that connects over HTTPS with one of these certificates acts as { $user }: a certificate pinned by its fingerprint, or every certificate for client authentication that an authority of the member issued.
certificate-kind = Kind
certificate-kind-certificate-short = certificate
certificate-kind-authority-short = certificate authority
certificate-kind-certificate = this one certificate
certificate-kind-authority = a certificate authority: every client certificate it issued
certificate-pem = Certificate (PEM)
registered = Registered
register = Register

## Connections (identities, webhooks) and feeds

done-identity = The identity is registered: only this member may now name it as author.
done-identity-removed = The identity is no longer this member's; what was shared under it stays.
done-webhook-removed = The webhook is removed.
connections-show = Show its connections
connections-intro = How { $member } connects to the center: the identities only it may name as author, the webhooks its new intelligence and notifications are sent to, and its feeds:
identities = Identities
identity = Identity
identity-own = Its own:
identity-none-other = No other identity registered.
identity-label = Identity (an alias, a sub-unit)
identity-hint = Its STIX id, such as { $example }.
identity-name = Its name
identity-ask-administrators = The center's administrators register identities to a member (any other member's objects naming one are then refused as forged); ask them.
remove = Remove
not-yet = not yet
webhooks = Webhooks
webhook-registered = The webhook to { $url } is registered. Every POST to it is signed ({ $header }, HMAC-SHA256 of the body) with this secret, shown only now:
webhook-last-attempt = Last attempt
webhook-failures = Failures in a row
webhook-url-hint = http:// or https://. Addresses inside the center's own network are reached only if its administrator allows them.
webhook-deliver = Deliver
webhook-deliver-all = new intelligence and notifications
webhook-deliver-objects = new intelligence only
webhook-deliver-notifications = notifications only
webhook-types = Only these STIX types (comma-separated; all if empty)
webhook-register = Register the webhook
feeds-intro = Remote TAXII 2.1 collections pulled on schedule on a member's behalf. Credentials are stored sealed and never shown again.
feeds-none = No feeds yet.
feed-auth-none = none
feed-auth-basic = HTTP Basic
feed-auth-bearer = bearer token
feed-auth-certificate = client certificate
feed-for = for { $member }
feed-every = every { $seconds } s
feed-unmarked = unmarked objects { $tlp }
feed-unmarked-to = unmarked objects { $tlp } to { $members }
feed-last-pull = Last pull
feed-next-pull = Next pull
feed-since-registered = Since registered
feed-taken-refused = { $taken } taken, { $refused } refused
feed-last-error = Last error
feed-failures = { $count } in a row
feed-refused = Refused objects
feed-refused-last = { $count ->
    [one] Refused in the last pull ({ $count })
   *[other] Refused in the last pull ({ $count })
}
col-object = Object
col-version = Version
col-why = Why
feed-pull-now = Pull now
feed-start-over = Start over
feed-remove = Remove (what it brought in stays)
feed-add = Add a feed
feed-api-root = The remote API root
feed-api-root-hint = Such as { $example }
feed-collection = The remote collection's id
feed-authentication = Authentication
feed-username = User name (HTTP Basic)
feed-secret = Password, token, or client certificate and key (PEM)
feed-member = For member
feed-user = Objects come in as user
feed-tlp = TLP for objects that carry none (the collection's default if empty)
feed-interval = Seconds between pulls (an hour if empty)
feed-ca = A private certificate authority the server is checked against (PEM; optional)
feed-add-button = Add the feed

## Requests for information

rfis-title = Requests for information
rfis-none = No RFI involves your member.
rfi-title = RFI { $id }
rfi-question = Question
rfi-priority = Priority
rfi-priority-low = low
rfi-priority-normal = normal
rfi-priority-high = high
rfi-priority-urgent = urgent
rfi-deadline = Deadline
rfi-status-open = open
rfi-status-answered = answered
rfi-status-closed = closed
rfi-status-expired = expired
rfi-ask-heading = Ask the members
rfi-deadline-label = Deadline (UTC, e.g. { $example })
rfi-ask-whom = Ask (none ticked: every member):
rfi-send = Send the RFI
rfi-meta = From { $from } · priority { $priority } · deadline { $deadline }
rfi-overdue = Not answered in time by: { $members }
rfi-answers = Answers
none-yet = None yet.
rfi-withheld = { $count ->
    [one] { $count } linked object is not released to you.
   *[other] { $count } linked objects are not released to you.
}
rfi-answer = Answer
rfi-answer-objects = STIX ids given with it (one per line)
rfi-answer-needed = Write the answer, or give the objects that answer it.

## Tracked groups and hit/no-hit

groups-title = Tracked groups
group-untitled = Tracked group
groups-intro = Threat actors, intrusion sets and campaigns in intelligence released to you.
map-title = Map
hits-title = Hit/no-hit
hits-asked = You asked about { $value }.
hits-visible = { $count ->
    [one] You can see { $count } matching object.
   *[other] You can see { $count } matching objects.
}
hits-none = No other member holds intelligence on it that you cannot see.
hits-holders = Members holding intelligence on it
hits-ask-release = Ask for a release
hits-reason = Reason
hits-ask = Ask { $member }

## Governance: the presidency, members and votes

presidency = Presidency
presidency-held = { $member } holds the presidency from { $from } to { $to }.
presidency-none = No member holds the presidency.
members = Members
member-founding = Founding
member-accession = Accession
member-status-applicant = applicant
member-status-member = member
member-status-observer = observer
member-status-suspended = suspended
member-status-withdrawn = withdrawn
yes = yes
votes = Votes
vote = Vote
vote-until = Until
vote-cast = Cast
vote-outcome = Outcome
vote-your-delegate = Your delegate
vote-cast-of = { $cast } of { $eligible }
vote-outcome-open = open
vote-outcome-adopted = adopted
vote-outcome-rejected = rejected
vote-yours = Your member voted { $choice }.
vote-choice-yes = yes
vote-choice-no = no
vote-choice-abstain = abstain
vote-yes = Yes
vote-no = No
vote-abstain = Abstain

## Meetings

meetings-none = No meeting yet.
meeting = Meeting
meeting-kind = Kind
meeting-when = When
meeting-where = Where
meeting-kind-regular = regular
meeting-kind-extraordinary = extraordinary
meeting-local-start = (starts { $time }, { $zone })
meeting-convene-heading = Convene a meeting
meeting-title = Title
meeting-starts = Starts (UTC, e.g. { $example })
meeting-ends = Ends
meeting-time-zone = Time zone
meeting-venue = Venue
meeting-convene = Convene
