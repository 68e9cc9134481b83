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
rfi-deadline-label = Deadline (your time, { $zone })
rfi-ask-whom = Ask (none ticked: every member):
rfi-send = Send the RFI
rfi-meta = From { $from } · priority { $priority } · deadline { $deadline }
rfi-overdue = Not answered in time by: { $members }
rfi-answers = Answers
none-yet = None yet.
rfi-unseen-by-asker = { $member } cannot read these objects of your member given in your answers, and sees only that some were withheld. A liaison officer of your member releases one to { $member } from its page (Release to another member); a TLP:RED one needs a new version that names them:
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
meeting-starts = Starts (the meeting's local time)
meeting-ends = Ends
meeting-time-zone = Time zone
meeting-venue = Venue
meeting-convene = Convene

## One object, shown as intelligence

object-kind-line = { $kind }
object-authored-by = authored by { $author }
object-shared-by = shared by { $member }
object-added = added { $date }
object-evaluation = source evaluation { $code }
object-done-sighting = Your sighting is recorded.
object-done-outcome = The outcome is recorded.
object-done-report = Your report is stored and released as marked.
object-about = About
object-raw = The object as STIX (JSON)
object-raw-version = Version { $version } as STIX (JSON)
object-linked = Linked intelligence
object-linked-none = Nothing you can see is linked to this yet.
object-since = since { $date }
object-until = until { $date }
object-from-to = from { $start } to { $stop }
object-named-in = named in the { $kind } { $name }
object-sighted = { $count ->
    [one] { $who } saw it once
   *[other] { $who } saw it { $count } times
}
object-sighted-where = at { $where }
object-sighted-between = between { $first } and { $last }
object-someone = a member
object-unavailable = not held here or not released to you
object-more-names = { $count ->
    [one] and one more
   *[other] and { $count } more
}
object-markings = Markings and release
object-level = Level
object-released-to = Released to
object-released-to-none = No named member beyond what the level allows.
object-orcon = The originator controls any further release (ORCON).
object-other-markings = Other markings
object-banner-released = released to { $members }
object-versions = Versions
object-version = { $version }, added { $date }
object-version-current = current
object-correlations = Correlations
object-correlations-none = No other intelligence you can see shares a value with this.
object-possible-match = Possible match
object-possible-match-why = the names read alike in another script; confirm it before relying on it
col-shared-value = Shared value
col-member = Member
object-sightings = Sightings
object-seen-by = { $count ->
    [0] No member has reported seeing it.
    [one] Seen by one member.
   *[other] Seen by { $count } members.
}
object-we-saw = We saw this
object-outcomes = Outcomes
object-outcomes-none = None recorded.
object-outcome = { $kind } on { $date } ({ $member }): { $description }
object-led-to = What it led to
object-outcome-description = Description
object-record-outcome = Record the outcome
object-hit-ask = Does anyone else hold intelligence on this value?
object-hit-button = Ask
object-answer-rfi = Answer an RFI with this
object-no-rfi = No RFI addressed to your member is open.
object-rfi = RFI
object-answer-how = How it answers (optional)
object-answer = Answer
object-choose-rfi = Choose the RFI this object answers.
object-rfi-not-ours = That RFI is not addressed to your member.
release-not-a-member = { $member } is not a member of the center.

## What intelligence led to

outcome-kind-group_disrupted = Group disrupted
outcome-kind-group_dismantled = Group dismantled
outcome-kind-arrest = Arrest
outcome-kind-attack_prevented = Attack prevented
outcome-kind-position_confirmed = Position confirmed
outcome-kind-false_positive = False positive

## Kinds of STIX object

kind-attack-pattern = attack pattern
kind-campaign = campaign
kind-course-of-action = course of action
kind-grouping = grouping
kind-identity = identity
kind-incident = incident
kind-indicator = indicator
kind-infrastructure = infrastructure
kind-intrusion-set = intrusion set
kind-location = location
kind-malware = malware
kind-malware-analysis = malware analysis
kind-note = note
kind-observed-data = observed data
kind-opinion = opinion
kind-report = report
kind-threat-actor = threat actor
kind-tool = tool
kind-vulnerability = vulnerability
kind-relationship = relationship
kind-sighting = sighting
kind-artifact = artifact
kind-autonomous-system = autonomous system
kind-directory = directory
kind-domain-name = domain name
kind-email-addr = e-mail address
kind-email-message = e-mail message
kind-file = file
kind-ipv4-addr = IPv4 address
kind-ipv6-addr = IPv6 address
kind-mac-addr = MAC address
kind-mutex = mutex
kind-network-traffic = network traffic
kind-process = process
kind-software = software
kind-url = URL
kind-user-account = user account
kind-windows-registry-key = Windows registry key
kind-x509-certificate = X.509 certificate
kind-marking-definition = marking definition
kind-language-content = translation
kind-extension-definition = extension definition

## Properties of STIX objects, as the object page names them

prop-name = Name
prop-description = Description
prop-aliases = Also known as
prop-first_seen = First seen
prop-last_seen = Last seen
prop-objective = Objective
prop-goals = Goals
prop-sophistication = Sophistication
prop-resource_level = Resources
prop-primary_motivation = Primary motivation
prop-secondary_motivations = Other motivations
prop-personal_motivations = Personal motivations
prop-roles = Roles
prop-threat_actor_types = Kinds of threat actor
prop-indicator_types = Kinds of indicator
prop-pattern = Pattern
prop-pattern_type = Pattern language
prop-pattern_version = Pattern language version
prop-valid_from = Valid from
prop-valid_until = Valid until
prop-kill_chain_phases = Kill chain phases
prop-malware_types = Kinds of malware
prop-is_family = A family
prop-capabilities = Capabilities
prop-tool_types = Kinds of tool
prop-tool_version = Tool version
prop-infrastructure_types = Kinds of infrastructure
prop-published = Published
prop-report_types = Kinds of report
prop-object_refs = Covers
prop-context = Context
prop-content = Content
prop-abstract = Summary
prop-authors = Authors
prop-opinion = Opinion
prop-explanation = Explanation
prop-first_observed = First observed
prop-last_observed = Last observed
prop-number_observed = Times observed
prop-latitude = Latitude
prop-longitude = Longitude
prop-precision = Precision (metres)
prop-region = Region
prop-country = Country
prop-administrative_area = Administrative area
prop-city = City
prop-street_address = Street address
prop-postal_code = Postal code
prop-identity_class = Kind of identity
prop-sectors = Sectors
prop-contact_information = Contact
prop-relationship_type = Relationship
prop-source_ref = From
prop-target_ref = To
prop-start_time = Since
prop-stop_time = Until
prop-sighting_of_ref = Sighting of
prop-observed_data_refs = Observed data
prop-where_sighted_refs = Where it was seen
prop-count = Count
prop-summary = A summary
prop-value = Value
prop-hashes = Hashes
prop-external_references = External references
prop-labels = Labels
prop-confidence = Confidence
prop-lang = Language
prop-created = Written
prop-modified = Last changed
prop-revoked = Revoked
prop-resolves_to_refs = Resolves to
prop-belongs_to_refs = Belongs to
prop-size = Size
prop-mime_type = Media type
prop-number = Number
prop-display_name = Display name
prop-user_id = User id
prop-sample_refs = Samples
prop-operating_system_refs = Operating systems
prop-implementation_languages = Written in
prop-architecture_execution_envs = Runs on
prop-object_modified = Version translated
prop-contents = Translations
prop-definition_type = Kind of marking
prop-definition = Marking
prop-statement = Statement
prop-x_opencti_aliases = Also known as (OpenCTI)

## Relationships, as sentences on the objects they join

rel-attributed-to = attributed to
rel-authored-by = authored by
rel-based-on = based on
rel-beacons-to = beacons to
rel-characterizes = characterizes
rel-communicates-with = communicates with
rel-compromises = compromises
rel-consists-of = consists of
rel-controls = controls
rel-delivers = delivers
rel-derived-from = derived from
rel-downloads = downloads
rel-drops = drops
rel-duplicate-of = duplicate of
rel-exfiltrates-to = exfiltrates to
rel-exploits = exploits
rel-has = has
rel-hosts = hosts
rel-impersonates = impersonates
rel-indicates = indicates
rel-investigates = investigates
rel-located-at = located at
rel-mitigates = mitigates
rel-originates-from = originates from
rel-owns = owns
rel-related-to = related to
rel-remediates = remediates
rel-resolves-to = resolves to
rel-targets = targets
rel-uses = uses
rel-variant-of = variant of

## A tracked group

group-object-itself = The group as intelligence
group-status-over-time = Status over time
group-no-status = No status recorded.
group-new-status = New status
group-note = Note
group-record = Record the status
group-status-kept-by = Its status is kept by the member that shared it and by the secretariat.
group-known-locations = Known locations
group-no-locations = None in what you can see.
group-timeline = Timeline
group-timeline-none = Nothing you can see refers to this group yet.
group-status-line = { $state } since { $date } ({ $member })
group-status-note = { $state } since { $date } ({ $member }): { $note }
group-state-active = Active
group-state-dormant = Dormant
group-state-disrupted = Disrupted
group-state-dismantled = Dismantled

## Administration

admin-title = Administration
admin-accounts-elsewhere = Users, their tokens and certificates are on the users pages; your own password, second factor and tokens are on your account page.
admin-users-pages = Users
admin-your-account = Your account
admin-second-factor = Second factor
admin-second-factor-required = Everyone who signs in with a password needs a second factor.
confirm-title = Confirm
confirm-cancel = Cancel
user-disable-consequence = { $user } will no longer be able to sign in, and every session and token of { $user } stops working at once. An administrator can enable the account again.
user-disable-confirm = Disable { $user }
token-revoke-consequence = The token { $name } stops working at once: any system that uses it is refused from now on. A revoked token cannot be brought back; issue a new one if it is still needed.
token-revoke-confirm = Revoke the token
admin-second-factor-require-consequence = Everyone who signs in with a password will need a second factor. Users without one are asked to set it up at their next sign-in, before anything else.
admin-second-factor-stop-consequence = Users will again be able to sign in with a password alone, unless they chose a second factor themselves.
stat-publish-tick = Tick the box to publish: the report goes to every member and cannot be withdrawn.
stat-publish-consequence = The report goes to every member of the center and stays among the published reports. It cannot be withdrawn.
certificate-revoke-consequence = The certificate { $name } is refused at once: a system that presents it can no longer connect. A revoked certificate cannot be brought back; register a new one if it is still needed.
certificate-revoke-confirm = Revoke the certificate
admin-second-factor-require-you = Everyone who signs in with a password will need a second factor, you included: you have none yet and will set one up right after this, before anything else. Users without one are asked to set it up at their next sign-in.
admin-second-factor-stop = Stop requiring it
admin-second-factor-optional = A second factor is each user's choice.
admin-second-factor-require = Require it of everyone
admin-second-factor-now-required = Everyone who signs in with a password now needs a second factor; those without one are asked to set it up first.
admin-second-factor-no-longer = A second factor is no longer required.
admin-export = Export
admin-export-link = Export everything { $member } may see as one STIX bundle
admin-export-progress = Export progress
admin-export-received = Received { $size } MB
admin-export-failed = The export failed (HTTP { $status }).
admin-export-interrupted = The export was interrupted; nothing was saved. Try again.
admin-export-done = Exported { $size } MB.
admin-collections = Collections
admin-collection = Collection
admin-alias = Alias
admin-default-tlp = Default TLP
admin-everyone-reads = Everyone reads
admin-everyone-writes = Everyone writes
admin-sharing-groups = Sharing groups
admin-group = Group
admin-group-members = Members
admin-noisy-keys = Noisy and excluded correlation keys
admin-key = Key
admin-key-objects = Objects
admin-key-excluded = Excluded

## The audit log

audit-title = Audit log
audit-intro = The whole log, newest first, a hundred entries a page. It is also read, and its chain checked, with:
audit-action = Action
audit-filter = Filter
audit-when = When
audit-actor = Who
audit-subject = Subject

## The map

map-count = { $count ->
    [0] No location in intelligence released to you.
    [one] One location in intelligence released to you.
   *[other] { $count } locations in intelligence released to you.
}
map-offline = The world map is drawn from Natural Earth data shipped with Liaison; no tile server is used.
map-zoom = Zoom
map-zoom-in = Zoom in
map-zoom-out = Zoom out
map-world = The whole world
map-fit = Every place
map-zoom-here = Zoom here
map-legend-group = a place where a tracked group is located
map-legend-place = a place named in intelligence
map-places = Places
map-place = Place
map-groups = Groups located there

## One meeting

meeting-held = { $kind } meeting, { $starts } to { $ends } UTC
meeting-calendar-file = calendar file
meeting-pack = printable meeting pack
meeting-agenda = Agenda
meeting-withheld = (linked intelligence not released to you)
meeting-add-item = Add an agenda item
meeting-item-title = Title
meeting-item-link = Linked to
meeting-item-no-link = Nothing
meeting-link-statistics = The statistics since the founding
meeting-link-vote = Vote: { $title }
meeting-link-application = Application to join: { $member }
meeting-link-report = Published statistics: { $title }
meeting-item-object = Or intelligence, by its STIX id (optional)
meeting-agenda-title-needed = Give the item a title.
meeting-agenda-link-unknown = Choose what the item is linked to from the list.
meeting-agenda-one-link = Link the item to one thing: either from the list or by a STIX id.
meeting-add = Add
meeting-attendance = Attendance
meeting-not-recorded = Not recorded.
meeting-present = present
meeting-absent = absent
meeting-record-attendance = Record attendance
meeting-delegates = Who attended for the member (names)
meeting-record = Record
meeting-minutes = Minutes
meeting-minutes-markdown = Minutes (Markdown)
meeting-save = Save
meeting-decisions = Decisions
meeting-decided = decided at the meeting
meeting-record-decision = Record a decision
meeting-decision = Decision
meeting-decision-item = Under the agenda item
meeting-item-none = None
meeting-decision-how = How it is taken
meeting-decision-recorded = Decided at the meeting: record it
meeting-decision-vote = Put it to the members' vote (a majority of the votes cast, half of the members taking part)
meeting-decision-days-label = Days the vote stays open
meeting-decision-needed = Write the decision.
meeting-decision-item-unknown = Choose the agenda item from the list.
meeting-decision-days = A vote stays open from 1 to 365 days.
meeting-actions = Action items
meeting-add-action = Add an action item
meeting-action = Action
meeting-assignee = Assignee
action-status-open = open
action-status-done = done
action-status-cancelled = cancelled

## Submitting intelligence

submit-title = Submit intelligence
submit-refused = Nothing was stored. Correct what is marked below and submit again; what you typed is kept.
submit-report = Report
submit-name = Title
submit-description = Summary
submit-entities = What it is about
submit-actor = Threat actor or group
submit-actor-hint = Pick a group you already know from the list as you type, or write a new name.
submit-indicators = Indicators, one per line: IP addresses, domains, URLs, e-mail addresses, MD5 or SHA-256 hashes
submit-place = Place
submit-place-hint = Pick a known place from the list, or name a new one and give its coordinates.
submit-relation = How the group relates to the place
submit-since = Since (date)
submit-markings = Markings
submit-release-to = With TLP:AMBER or TLP:AMBER+STRICT, release it also to
submit-orcon = ORCON: recipients may not pass it on
submit-button = Submit the report
submit-import = Import a STIX bundle
submit-bundle = Bundle file (JSON)
submit-import-button = Import
submit-import-progress = Upload progress
submit-import-sent = Sent { $percent }%
submit-import-checking = Sent; the center is checking and storing the objects.
submit-imported-all = { $count ->
    [one] The object is imported.
   *[other] All { $count } objects are imported.
}
submit-imported-some = Imported { $stored } of { $total } objects.
submit-import-refused = These objects were refused; the others are stored:

## Statistics and achievements

stat-title = Statistics and achievements
stat-presets = Periods
stat-preset-founding = Since the center was founded
stat-preset-12-months = The last 12 months
stat-preset-this-year = This year
stat-preset-30-days = The last 30 days
stat-from = From
stat-to = To (not included)
stat-show = Show
stat-printable = Printable
stat-compiling = The figures for this period are being counted from everything the center holds; in a large center the first count takes a while. This page reloads every few seconds and shows them when they are ready.
stat-published = Published reports
stat-published-line = { $from } to { $to }, published by { $by }
stat-publish = Publish
stat-publishing = Publishing: the whole center is being counted. In a large center this takes a few seconds; the report opens when it is ready.
stat-on-agenda = On the agenda of
stat-no-meeting = no meeting
stat-publish-button = Publish the report
stat-choose-meeting = Choose a meeting from the list.
stat-no-such-meeting = That meeting does not exist.
stat-period = { $center } · { $from } to { $to } UTC
stat-generated = counted { $at } UTC
stat-scope-viewer = Totals cover the whole center. The figures by member count only intelligence released to { $member }.
stat-scope-published = Published report { $id }, published by { $by }: the figures by member count all intelligence.
stat-printable-title = { $center } — statistics
stat-totals = Center-wide totals
stat-charts = Charts
stat-by-member = By member
stat-nothing = Nothing in this period.
stat-contributed = Intelligence contributed
stat-received = Intelligence received
stat-sightings = Sightings
stat-correlated = Correlated with another member
stat-rfis_sent = RFIs sent
stat-rfis_answered = RFIs answered
stat-rfi_median_response_hours = Median time to the first answer
stat-hit_questions = Hit/no-hit questions
stat-hits = Hits
stat-release_requests_granted = Release requests granted
stat-outcomes = Outcomes
stat-meetings = Meetings
stat-minutes = { $n } min
stat-hours = { $n } h
stat-days = { $n } days
stat-chart-trend = Intelligence contributed each month
stat-chart-by-type = Intelligence contributed by kind
stat-chart-by-tlp = Intelligence contributed by TLP
stat-chart-contributed-by-member = Contributed by member
stat-chart-received-by-member = Received by member
stat-chart-outcomes = Outcomes by kind
stat-chart-members = Members at the end of each month

## What the user waits for, and what was just done

home-our-requests = Our release requests
home-our-request = { $what } from { $originator }
home-released-count = { $count ->
    [one] one object released
   *[other] { $count } objects released
}
home-cast = Our votes, still open
release-status-pending = waiting for a decision
release-status-approved = approved
release-status-refused = refused
done-release-requested = Your release request is sent; the originator's liaison officers decide it, and it is listed below until they do.
done-release-approved = The release is approved: the requester now sees what it asked for.
done-release-refused = The release request is refused; the requester is told.

## Dates and times, as each reader reads them

dates = Dates and times
dates-now = It is now
dates-calendar = Calendar
dates-calendar-follow = The usual calendar of my language
calendar-gregorian = Gregorian
calendar-persian = Solar Hijri (Persian)
calendar-islamic = Hijri (Umm al-Qura)
dates-zone = Time zone
dates-zone-hint = A time zone name such as Asia/Tehran or Europe/Paris; empty for UTC. The UTC time is shown when you hold the pointer over a time.
dates-save = Save
dates-saved = Your calendar and time zone are saved; every page now gives dates in them.

## The printable meeting pack

pack-title = { $title } — meeting pack
pack-convened = Convened by { $member } on { $date } UTC. Printed { $printed } UTC.
pack-for-member = For the member
pack-due = Due (UTC)
pack-overdue = (overdue)
pack-vote-open = put to the members' vote, open
pack-vote-closed = { $outcome } by the members' vote
pack-link-rfi = RFI { $id }: { $question }
no = no

## Search: filters and pages

search-filtered-by = Filtered by:
search-remove-filter = Remove the filter
search-pages = Pages of results
search-newest = Newest results
search-older = Older results

## Applications to join

applications = Applications to join
application-sponsored = sponsored by { $member }
application-applied = applied { $date }
application-vote = the members' vote on it
application-record = Record an application
application-name = Short name
application-name-hint = Lower case letters, digits and hyphens, as the organisation will be known in the center (e.g. delta).
application-display-name = Full name
application-description = Who they are and why they apply
application-contact = Contact
application-sponsor = Sponsor (a member in good standing)
application-no-sponsor = No sponsor
application-submit = Record the application and open the vote
done-applied = The application is recorded and the members' vote on it is open.
object-done-translation = Your translation is added: readers of that language see the object in it.
object-translated = Shown in your language as { $member } translated it ({ $translation }). { $original }
object-translated-earlier = Shown in your language as { $member } translated an earlier version ({ $translation }). { $original }
object-the-translation = the translation
object-show-original = Show the original
object-translation-available = A translation into your language exists: { $link }.
object-show-translation = show it
object-translate = Translate
object-translate-help = Add your member's translation of its name and description. It reaches no further than the object does; readers of that language see the object in it, with the original one click away.
object-translation-language = Language
object-translation-name = Name, translated
object-translation-description = Description, translated
object-add-translation = Add the translation
object-translated-by = { $member } translated it { $into }
language-into = { $tag ->
    [ar] into Arabic
    [fa] into Persian
    [ru] into Russian
    [fr] into French
    [en] into English
   *[other] into { $tag }
}
refusal-title-required = a collection needs a title
refusal-name-required = give the identity the name people know it by (up to 200 characters, any script)
refusal-name-required-2 = give the certificate a name of up to 100 characters, such as the system that uses it
refusal-pem-bad-certificate = this certificate cannot be read as an X.509 certificate
refusal-pem-bad-pem = no certificate found
refusal-pem-another-members-certificate = this certificate was issued by another member's registered authority; it cannot stand for a user of this member
refusal-value-out-of-range = ask about one value of 1 to 512 characters: an address, domain, hash, e-mail, phone number or name
refusal-target-own-member = the originator sees its own intelligence; name another member to release to
refusal-reason-required = say why the release is needed ('reason'); the originator decides on it
refusal-api-root-bad-url = the API root is an http:// or https:// URL, such as https://taxii.example.org/api1/
refusal-api-root-credential-in-url = put no user or password in the URL; give them as the feed's credential, which is stored sealed
refusal-api-root-credential-in-clear = a credential is only sent over https:// (plain http:// only to this machine)
refusal-remote-collection-required = give the remote collection's id, as its server lists it under collections/
refusal-auth-bad-choice = authentication is none, basic, bearer or certificate
refusal-secret-unused = authentication 'none' takes no credential
refusal-secret-required = HTTP Basic needs a username and a password
refusal-secret-required-2 = a bearer token is needed
refusal-secret-required-3 = a client certificate is given as PEM: the certificate and its private key
refusal-ca-not-https = a certificate authority is for an https:// API root
refusal-release-to-not-amber = release lists apply to TLP:AMBER and TLP:AMBER+STRICT only
refusal-reason-required-2 = give the reason for the change ('--reason'); it is kept with the member's history
refusal-description-required = an application needs a description and a contact
refusal-days-out-of-range = an admission vote stays open between 1 and 365 days
refusal-term-months-out-of-range = a term lasts between 1 and 60 months
refusal-title-required-2 = a meeting needs a title
refusal-ends-before-start = a meeting ends after it starts
refusal-title-required-3 = an action item needs a title
refusal-title-required-4 = an agenda item needs a title
refusal-text-required = a decision needs its text
refusal-question-required = an RFI needs its question
refusal-deadline-not-in-future = the deadline must be in the future
refusal-to-no-recipient = there is no member to ask
refusal-text-required-2 = an answer needs text or objects
refusal-q-required = give at least one word to search for
refusal-q-too-long = a search is at most 500 characters
refusal-to-before-start = the period's end must come after its start
refusal-name-required-3 = give the report a title
refusal-location-out-of-range = latitude is a number from -90 to 90 and longitude from -180 to 180
refusal-place-relation-unknown = choose how the group relates to the place from the list
refusal-since-not-a-date = give the date as year-month-day, e.g. 2026-03-01
refusal-actor-restricted = a group of that name is known to you under a narrower release than every member's: report on it from the group's own page, or name a new group differently
refusal-location-restricted = a place of that name is known to you under a narrower release than every member's: name the new place differently and give its coordinates
refusal-location-place-exists = a place of that name is already known: leave the coordinates empty to use it, or name the new place differently
refusal-location-coordinates-needed = no place of that name is known yet: give its latitude and longitude
refusal-indicators-nothing-referred = a report refers to something: add an actor, an indicator or a location
refusal-language-not-a-language = choose the language of the translation, as a tag such as ar, fa, ru, fr or en
refusal-name-required-4 = translate the name, the description or both
refusal-objects-required = an outcome links to the intelligence that led to it ('objects')
refusal-name-required-5 = give the token a name of up to 100 characters, such as the TAXII client that will use it
refusal-expires-in-the-past = a token expires in the future, or never
refusal-current-password-wrong = this is not your current password
refusal-password-unchanged = choose a password other than the current one
refusal-roles-center-role = only the center's administrators give the administrator and secretariat roles
refusal-roles-secretariat-only = the secretariat role belongs to users of the center's secretariat
refusal-roles-required = give the user at least one role: analyst, liaison_officer, delegate, member_administrator (or, for the center, secretariat, administrator)
refusal-roles-center-role-2 = this user holds a role of the center's; only the center's administrators change its roles
refusal-roles-own-role = you may not take away your own administrator role; ask another administrator
refusal-disabled-own-account = you may not disable your own account
refusal-display-name-required = a display name has 1 to 200 characters
refusal-code-wrong = this code does not match; check the app's clock and type the code it shows now
refusal-code-not-started = start again: set up the authenticator app first
refusal-url-credential-in-url = put no user or password in a webhook URL; the receiver checks the signature instead
table-range = { $first }–{ $last } of { $total }
table-previous = Previous page
table-next = Next page
table-pages = Pages of the list
table-filters = Narrow the list
table-filter = Show
table-all = All
table-clear = Clear the filters
table-none-filtered = Nothing in the list matches these filters.
groups-window = Read from the newest { $count } groups you may see.
stat-top-groups = Groups most reported on
stat-top-groups-note = The tracked groups that the most intelligence shared in this period refers to (relationships, sightings, reports). Only groups released to every member are named.
stat-group = Group
stat-group-kind = Kind
stat-group-objects = Intelligence referring to it
stat-achievements = Achievements
stat-achievements-note = Outcomes in this period and the intelligence that led to them, newest first. Only intelligence released to every member is named; the rest is counted.
stat-achievement = { $kind } on { $date }, recorded by { $member }
stat-achievement-led-by = Led to by:
stat-achievement-from = shared by { $members }
stat-achievement-withheld = { $n ->
    [one] One more linked object was not released to every member.
   *[other] { $n } more linked objects were not released to every member.
}
submit-release-to-users = With TLP:RED, release it to these people by name
submit-recipient-filter = Find a person
refusal-release-to-users-not-red = named recipients apply to TLP:RED only; choose TLP:RED, or release to members
audit-action-hint = An action, or the start of one: objects, objects.read, member.
audit-from = From (your clock)
audit-to = To (not included)
audit-newest = Newest entries
audit-older = Older entries
audit-no-such-member = Choose a member from the list.
vote-awaiting = Awaiting your member’s vote
vote-title-admission = Admission of { $member }
refusal-value-no-member = no member is named '{ $value }'
refusal-value-no-recipient = no user who may read is named '{ $value }'; choose recipients from the list
refusal-value-no-assignee = no member is named '{ $value }'; the member list gives the names
refusal-value-zone-iana = '{ $value }' is not a time zone: use an IANA name such as Europe/Brussels or Asia/Tehran
refusal-value-zone-meeting = '{ $value }' is not a time zone name such as Europe/Brussels or UTC
refusal-value-zone-reader = '{ $value }' is not a time zone name such as Asia/Tehran, Europe/Paris or UTC
refusal-value-not-a-time = '{ $value }' must be a date and time such as 2026-12-01T09:00, or a date such as 2026-12-01
refusal-value-not-a-tlp = '{ $value }' is not a TLP level: use clear, green, amber, amber+strict or red
refusal-value-sponsor = the sponsor '{ $value }' must be a member in good standing
refusal-value-not-visible = { $value } is not an object you can see; link only what you can see
refusal-value-webhook-url = '{ $value }' is not a webhook URL: give an http:// or https:// address
refusal-value-feed-user = objects come in as a user of member '{ $value }'; name one
refusal-password-too-short = a password needs at least 12 characters; a few unrelated words make a good one
refusal-password-too-long = a password has at most 256 characters
refusal-password-length = a password has 12 to 256 characters
refusal-feed-interval = pull every 10 seconds to 30 days
not-active-notice = Your member, { $member }, is { $status }: the center’s intelligence, governance and meetings open to its people once it is a member or an observer. Until then you can look after your account here; the center’s secretariat can tell you more.
refusal-value-applicant-users = '{ $value }' is an applicant: its people get accounts once the members admit it
vocab-activist = activist
vocab-competitor = competitor
vocab-crime-syndicate = crime syndicate
vocab-criminal = criminal
vocab-hacker = hacker
vocab-insider-accidental = insider, by accident
vocab-insider-disgruntled = insider, disgruntled
vocab-nation-state = nation state
vocab-sensationalist = sensationalist
vocab-spy = spy
vocab-terrorist = terrorist
vocab-unknown = unknown
vocab-anomalous-activity = anomalous activity
vocab-anonymization = anonymization
vocab-benign = benign
vocab-compromised = compromised
vocab-malicious-activity = malicious activity
vocab-attribution = attribution
vocab-threat-report = threat report
rfi-ask-liaison-only = RFIs are sent and answered by each member’s liaison officers; ask yours to send one.
nav-notifications = Notifications
notices-title = Notifications
notices-intro = What your member was told, newest first. The home page lists what is new since you last looked here.
notices-new = New
home-news = New for your member
home-news-all = All notifications
notice-rfi = { $from } asks a question ({ $priority }), to be answered by { $deadline }
notice-rfi-answer = { $from } answered an RFI of your member
notice-rfi-reminder = An RFI to your member is due { $deadline }
notice-release-request = { $from } asks your member to release intelligence to { $to }
notice-release-decision = { $originator } decided on your member’s release request: { $status }
notice-hit = { $asked_by } asked about a value that intelligence of your member holds, not released to them
notice-meeting = Meeting convened: { $title }
notice-meeting-minutes = Minutes of { $title }
notice-meeting-agenda = New on the agenda of { $title }: { $item }
notice-meeting-decision = Decided at { $title }: { $item }
notice-action-item = An action for your member: { $title }, due { $due }
notice-statistics = Statistics published: { $title }
notice-other = Notification: { $kind }

requests-title = Release requests
requests-intro = The requests your member sent to other members for intelligence it may not read yet, and those other members sent to yours. Your liaison officers decide the ones sent to you.
requests-none = Your member has sent no release request and received none.
requests-way = Direction
requests-asked-of-us = sent to us
requests-sent-by-us = sent by us
requests-asked-on = Asked on
requests-what = Asked for
requests-decision = Decision
home-requests-all = All release requests
members-summary = { $members ->
    [one] One member is
   *[other] { $members } members are
} in good standing, of { $known } the center has known.
members-all = All members, with their status and applications
members-back = Back to governance

error-next-401 = Your session has ended or you have not signed in yet. Sign in, then open the page again.
error-next-403 = Your roles do not allow this. Your member administrator grants roles; ask them if your work needs it.
error-next-404 = It does not exist here, or it has not been released to your member. Search for it, or ask its originator for a release.
error-next-413 = What was sent is larger than this page accepts. Send it in smaller parts.
error-next-429 = Too many attempts in a short time. Wait a minute, then try again.
error-next-500 = What the center had already accepted is not lost. Try again; if it happens again, tell the center's administrators the time it happened.
error-next-503 = The center is busy for a moment. Wait a few seconds, then try again.

applications-open = Applications awaiting the members' vote
applications-all = All applications, with their outcome
application-applicant = Applicant
application-applied-on = Applied on

refusal-value-cannot-be-asked = '{ $value }' is { $member_status } and cannot be asked
refusal-value-rfi-closed = this RFI is { $rfi_status }; it takes no more answers
refusal-value-rfi-already = this RFI is { $rfi_status } already
refusal-value-cannot-vote = your member is { $member_status } and cannot vote
refusal-value-request-decided = this request was { $release_status } already
refusal-value-applicant-by-vote = '{ $value }' is an applicant; it becomes a member by an admission vote, not by a command
refusal-value-founding = only a member can be a founding member; '{ $value }' is { $member_status }
refusal-value-invited = '{ $value }' is { $member_status }; only members and observers are invited
refusal-value-presidency = the presidency is held by a member in good standing; '{ $value }' is { $member_status }
refusal-value-identity-registered = { $value } is already registered to a member
refusal-value-identity-of = { $value } is already an identity of member '{ $member }'
refusal-value-identity-kind = '{ $value }' is a { $kind }; a member authors as an identity (identity--UUID)
refusal-value-feed-exists = a feed named '{ $value }' already exists
refusal-value-feed-user-disabled = the feed's user '{ $value }' is disabled; name another with `liaison feed` or enable it
refusal-analysts-only = sharing intelligence, sightings, outcomes, translations and release requests are an analyst's work; ask your member administrator for the analyst role
refusal-value-feed-user-analyst = objects come in as an analyst of member '{ $value }'; give '{ $user }' the analyst role or name another user
refusal-value-user-exists = a user named '{ $value }' already exists
refusal-value-member-exists = a member named '{ $value }' already exists
refusal-value-organisation-known = an organisation named '{ $value }' is already known to the center
refusal-value-collection-exists = a collection with alias '{ $value }' already exists
refusal-value-group-exists = a sharing group named '{ $value }' already exists
refusal-value-not-tracked = { $value } is a { $kind }; statuses are kept for threat actors, intrusion sets and campaigns
refusal-value-bad-name = '{ $value }' is not a valid { $what } name: use 2-64 characters of a-z, 0-9, '-', '_' and '.'
refusal-value-throttled = too many failed attempts from here or for this account; try again in { $seconds } s
refusal-value-hits-limit = your member has asked { $asked } hit/no-hit questions in the last hour, the most this center allows ({ $limit }); try again later
refusal-value-webhook-network = { $value } is a loopback, private, link-local or cloud metadata address, which the center does not reach unless its administrator allows the network (`liaison network allow`)
refusal-value-pem = this is not a PEM certificate ({ $why }); give the text from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----
name-kind-member = member
name-kind-user = user
name-kind-feed = feed
name-kind-collection-alias = collection alias
name-kind-sharing-group = sharing group

actions-title = Action items
actions-intro = What the meetings asked each member to do, and by when. The assigned member's people, the presidency and the secretariat mark an item done or cancelled.
actions-meeting = Meeting
actions-due = Due
actions-close = Close
actions-all = All action items
actions-ours = All our action items
action-status-overdue = overdue
action-mark-done = Done
done-action-done = The action item is marked done.
done-action-cancelled = The action item is cancelled.
meeting-due-label = Due (your time, { $zone })

refusal-actor-narrower-than-report = your group of that name is released to fewer readers than this report, who would see it only as an id: release the report no wider than the group, or name a new group differently
refusal-location-narrower-than-report = your place of that name is released to fewer readers than this report, who would see it only as an id: release the report no wider than the place, or name a new place differently

member-change-status = Change of status
member-status-reason = Why (kept in its history)
member-status-change = Change
member-add = Add a member
member-add-founding = A founding member
member-add-hint = A member added here joins at once; an organisation that applies is recorded on the applications page and the members vote on it.
member-add-submit = Add the member
done-member-added = The member is added. Its administrators can now be invited on the users page.
done-member-status = The member's status is changed, and the reason kept in its history.
presidency-appoint = Appoint the next presidency
presidency-appoint-hint = The term starts when the current one ends (now, if none runs) and lasts as the presidency policy says.
presidency-basis = On what basis (a decision, a meeting)
presidency-basis-none = appointed by the center's administrators
presidency-appoint-submit = Appoint
done-appointed = The presidency is appointed.

rfi-asked-of = Asked of { $members }
rfi-close = Close the RFI
rfi-close-hint = No more answers are taken; those given stay.
done-rfi-closed = The RFI is closed.
done-rfi-sent = The RFI is sent; the members asked are told, and their answers come here.
done-rfi-answered = Your answer is sent; the asking member is told.

release-answer = Answer (optional; the requester reads it)
action-mark-cancelled-long = Cancel the item
invite-applicant = This member is still applying: its people are invited once the members admit it.
notice-meeting-decision-to-vote = Put to the members' vote at { $title }: { $item }
application-contact-is = Contact: { $contact }
audit-dates-reversed = This date is before the first one: swap them, or clear one.

refusal-value-not-found = { $thing } not found, or not visible to you
thing-object = object
thing-user = user
thing-collection = collection
thing-RFI = RFI
thing-member = member
thing-token = token
thing-status = status
thing-sharing-group = sharing group
thing-release-request = release request
thing-published-report = published report
thing-meeting = meeting
thing-webhook = webhook
thing-vote = vote
thing-session = session
thing-member-identity = member identity
thing-feed = feed
thing-certificate = certificate
thing-application = application
thing-agenda-item = agenda item
thing-action-item = action item

refusal-value-not-ipv4 = '{ $value }' is not an IPv4 address: each of its four numbers is 0 to 255
refusal-value-not-observable = '{ $value }' is not an IP address, domain, URL, e-mail address or MD5/SHA-1/SHA-256/SHA-512 hash
refusal-separator = {"; "}
marking-release-list = release list
refusal-secretariat-status = the secretariat keeps its status: suspending or withdrawing it would lock the center's administrators out
refusal-value-action-closed = this action item is { $action_status } already
refusal-release-asked-already = your member asked for this already, and the request is still waiting for the originator's decision; it is listed on the release requests page
stat-automatic-title = Statistics { $from } to { $to }
meeting-minutes-hint = Write in Markdown: headings, lists, links, emphasis. HTML typed in is left out of the minutes.
sighting-recorded = (recorded { $date })
nav-operations = Operations
nav-joint-operations = Joint operations
operations-title = Operations and deconfliction
operations-intro = Register your member's operations here, with the selectors of their targets and their planned events. No other member sees them. When another member's active operation holds one of the same selectors, or plans an event close in place and time, both of you are told at once, with whom to call, and nothing more.
operations-ours = Our operations
operations-none = Your member has registered no operation yet.
operations-all = All our operations
operation-name = Name (seen by your member only)
operation-contact = Contact point
operation-contact-help = Whom another member calls if its work meets this operation: a desk and a phone number. This is all the other member is told.
operation-registered = Registered
operation-register = Register an operation
operation-register-help = Give it a name your people know it by and a contact point; then add its selectors and events.
operation-register-button = Register the operation
operation-registered-on = registered { $date }
operation-closed-on = closed { $date }
operation-status-active = active
operation-status-closed = closed
operation-selectors = Selectors
operation-selectors-kept = Each value is kept only as a keyed digest: nobody, not even your member, can read it back here. Keep your own list; your reference tells you which one matched.
operation-selectors-none = No selector yet.
selector-kind = Kind
selector-reference = Your reference
selector-lines = Selectors, one per line: kind, value, reference
selector-lines-help = Kinds: phone (international form, +44 20 7946 0958), email, iban, plate, ip, domain, identifier (passport, ID card, register number) or object (a STIX id you may see). The reference is optional. A bad line is named, and nothing of the list is registered until it is corrected.
selector-add = Register these selectors
selector-kind-phone = phone number
selector-kind-email = e-mail address
selector-kind-iban = IBAN
selector-kind-plate = registration plate
selector-kind-ip = IP address
selector-kind-domain = domain
selector-kind-identifier = identifier
selector-kind-object = intelligence object
operation-events = Planned events
operation-events-help = Where and when your people will act. Another member's event whose circle and time overlap yours is a conflict, and both of you are told at once.
operation-events-none = No planned event yet.
event-kind = Kind of event
event-place = Place
event-starts = Starts
event-ends = Ends
event-starts-label = Starts ({ $zone })
event-ends-label = Ends ({ $zone })
event-latitude = Latitude (-90 to 90)
event-longitude = Longitude (-180 to 180)
event-location = Or a location you may see, by its id (its coordinates are taken)
event-radius = Radius in metres
event-add = Register this event
event-kind-surveillance = surveillance
event-kind-search = search
event-kind-arrest = arrest
event-kind-undercover_meeting = undercover meeting
event-kind-other = other
operation-close = Close the operation
operation-close-help = A closed operation matches nothing more and cannot be opened again.
operation-close-confirm = This operation is over
operation-close-button = Close the operation
deconflictions-title = Deconflictions
deconflictions-all = { $count ->
    [one] The one deconfliction
   *[other] All { $count } deconflictions
}
deconflictions-intro = Where your member's operations met another member's: the same target, or events close in place and time. Call the contact named; nothing else of their operation is shown.
deconflictions-none = None of your member's operations has met another member's.
deconflictions-none-here = This operation has met no other member's.
deconfliction-when = When
deconfliction-kind = What met
deconfliction-ours = Our operation
deconfliction-other = Other member
deconfliction-call = Call
deconfliction-kind-target = the same target
deconfliction-kind-event = events close in place and time
done-operation-registered = The operation is registered. Add its selectors and events below.
done-operation-closed = The operation is closed: it matches nothing more.
done-operation-selectors = Selectors registered: { $count }. None met another member's operation.
done-operation-selectors-met = Selectors registered: { $count }. Deconflictions: { $met }. See below whom to call.
done-operation-events = Events registered: { $count }. None met another member's operation.
done-operation-events-met = Events registered: { $count }. Deconflictions: { $met }. See below whom to call.
notice-deconfliction = { $other } works on { $match } as your operation { $operation }: call { $contact }
input-field-kind = kind
input-field-value = value
input-field-reference = reference
input-field-latitude = place
input-field-location = place
input-field-radius_m = radius
input-field-starts = start
input-field-ends = end
refusal-operation-name = an operation needs a name of up to 200 characters, which only your member sees
refusal-operation-contact = name a contact point that another member may call if its work meets yours (3 to 300 characters)
refusal-operation-role = operations are registered and read by a member's analysts and liaison officers
refusal-operation-closed-already = this operation is already closed
refusal-operation-closed = this operation is closed: register another operation for new work
refusal-lines-empty = the list is empty: give at least one line
refusal-lines-too-many = send at most 10000 lines at a time (`liaison operation import` sends a file in parts)
refusal-lines-nothing-stored = nothing of this list was registered: correct these lines and send it again
refusal-deconfliction-key = this node was started without its deconfliction key; ask the operator to start it with the center's deconfliction key file
refusal-reference-long = a reference is at most 200 characters
refusal-event-place = give a place: either a latitude (-90 to 90) and a longitude (-180 to 180), or a location object's id
refusal-event-radius = the radius is more than 0 and at most 50000 metres
refusal-event-times = give when it starts and ends as dates and times, such as 2027-03-01T06:00:00Z
refusal-event-order = an event ends after it starts, and lasts 31 days at most
refusal-value-empty = the value is empty
refusal-operation-confirm = tick the box to confirm that the operation is over: a closed operation matches nothing more
refusal-value-line = line { $line }, { $field }: { $why }
refusal-value-lines-more = and { $count } more
refusal-value-selector-kind = '{ $value }' is no kind of selector: use phone, email, iban, plate, ip, domain, identifier or object
refusal-value-event-kind = '{ $value }' is no kind of event: use surveillance, search, arrest, undercover_meeting or other
refusal-value-selector-object = no object you may see has the id '{ $value }'
refusal-value-event-location = no location you may see with coordinates has the id '{ $value }'
refusal-value-phone-chars = '{ $value }' is not a phone number: use digits, spaces, '+', '-', '.' and brackets
refusal-value-phone-international = '{ $value }' is not in international form: write it with its country code, as +44 20 7946 0958
refusal-value-phone-e164 = '{ $value }' is not an E.164 number: a country code (not starting with 0) and 8 to 15 digits in all
refusal-value-email = '{ $value }' is not an e-mail address: write it as name@example.org
refusal-value-iban = '{ $value }' is not a valid IBAN: two letters, two check digits and up to 30 letters and digits whose check digits agree
refusal-value-plate = '{ $value }' is not a registration plate: 2 to 12 letters and digits
refusal-value-selector-ip = '{ $value }' is not an IP address: write it as 198.51.100.7 or 2001:db8::1
refusal-value-selector-domain = '{ $value }' is not a domain name: write it as example.org
refusal-value-identifier = '{ $value }' is too short to identify anyone: at least 3 letters or digits
refusal-value-stix-id = '{ $value }' is not a STIX id: write it as threat-actor--<uuid>
notice-intelligence-match-operation = Intelligence that { $other } shared names a target of your operation { $operation }: { $object }
notice-intelligence-match-intelligence = { $other } has an operation on a target your intelligence { $object } names: call { $contact }
thing-operation = operation
thing-joint-operation = joint operation
thing-task = task
refusal-joint-title = a joint operation needs a title of up to 200 characters, which only its participants see
refusal-joint-objectives = objectives are at most 10,000 characters
refusal-value-joint-invitees = invite other active members by their short names; these are not: { $value }
refusal-joint-task-title = a task needs a title of up to 300 characters
refusal-joint-task-member = give the task to a member that takes part in the joint operation
refusal-joint-entry = write what happened, in up to 4,000 characters
refusal-joint-task-status = close a task as done or cancelled
refusal-joint-role = joint operations are run by a member's analysts and liaison officers
refusal-joint-accept-first = accept the invitation first: only participating members act in a joint operation
refusal-joint-lead-only = only the lead member invites members and concludes a joint operation
refusal-joint-task-others = the lead member gives tasks to others; a member adds its own
refusal-joint-task-closer = a task is closed by the member it was given to, or by the lead
refusal-joint-concluded = this joint operation is concluded
refusal-joint-answered = your member has answered this invitation already
refusal-joint-task-closed = this task is closed already
notice-joint-operation = Joint operation { $title }: { $change }
joint-change-invited = your member is invited to take part
joint-change-accepted = a member accepted to take part
joint-change-declined = a member declined
joint-change-outcome = an outcome was recorded
joint-change-concluded = the lead concluded it
joints-title = Joint operations
joints-intro = Members that agree to act together open a joint operation: a lead member, the members invited, objectives, tasks per member, a timeline, the intelligence concerned and the outcomes. Only the members taking part read it; each sees the intelligence only as far as it is released to them. The presidency sees that it exists and how it stands.
joints-ours = Ours
joints-none = Your member takes part in no joint operation.
joints-all = All joint operations
joints-overview = Every joint operation of the center
joints-overview-help = What the presidency and the secretariat see: that each exists and how it stands, never its title, members or content.
joints-none-center = No joint operation has been opened.
joint-title = Title (seen by the participants only)
joint-lead = Lead member
joint-participants = Members
joint-state-invited = invited
joint-state-accepted = taking part
joint-state-declined = declined
joint-status-active = active
joint-status-concluded = concluded
joint-open = Open a joint operation
joint-objectives = Objectives
joint-invite = Members to invite
joint-open-button = Open the joint operation
joint-opened = Opened
joint-outcomes = Outcomes
joint-led-by = led by { $member }
joint-opened-on = opened { $date }
joint-invitation = Your member is invited
joint-accept = Take part
joint-decline = Decline
joint-invite-button = Invite them
joint-tasks = Tasks
joint-tasks-none = No task yet.
joint-task = Task
joint-task-add = Add the task
joint-timeline = Timeline
joint-timeline-none = Nothing recorded yet.
joint-entry = What happened
joint-entry-add = Add to the timeline
joint-intelligence = Groups and intelligence concerned
joint-intelligence-none = None linked yet.
joint-withheld = Linked intelligence not released to your member: { $count }
joint-link = The id of a group or intelligence you may see
joint-link-button = Link it
joint-outcomes-none = No outcome recorded yet.
joint-occurred-label = When it happened ({ $zone })
joint-outcome-from = The intelligence that led to it
joint-conclude = Conclude the joint operation
joint-conclude-confirm = This joint operation is over
joint-conclude-button = Conclude it
done-joint-opened = The joint operation is open; the members invited are told.
done-joint-answered = Your answer is recorded.
done-joint-invited = The members are invited and told.
done-joint-task = The task is added.
done-joint-task-closed = The task is closed.
done-joint-entry = Added to the timeline.
done-joint-linked = Linked: each participant sees it as far as it is released to them.
done-joint-outcome = The outcome is recorded; the statistics count it.
done-joint-concluded = The joint operation is concluded.
refusal-joint-unknown-object = no object you may see has this id
refusal-joint-confirm = tick the box to confirm that the joint operation is over
meeting-link-joint = Joint operation no. { $id }
meeting-joint-stands = joint operation no. { $id }: { $status }; members taking part: { $members }; outcomes: { $outcomes }
joint-propose = Propose it at a meeting
joint-propose-no-meeting = No meeting is coming yet: the presidency convenes them.
joint-propose-note = Every member reads the agenda item's title and notes, and sees how the operation stands (its number, status, how many members take part, how many outcomes). Only the participants see its title.
joint-propose-meeting = Coming meeting
joint-propose-title = Agenda item title (every member reads it)
joint-propose-notes = Notes (every member reads them)
joint-propose-button = Put it on the agenda
done-joint-proposed = It is on the meeting's agenda; the members are told.
stat-joint-operations = Joint operations
stat-joint-note = How the joint operations stood in the period. They are numbered, never named: titles, members and content stay with their participants.
stat-joint_opened = Opened in the period
stat-joint_concluded = Concluded in the period
stat-joint_active = Active at the end of the period
stat-joint_outcomes = Their outcomes in the period
stat-joint-line = No. { $id }: { $status }, opened { $opened }; members taking part: { $members }; outcomes in the period: { $outcomes }
refusal-joint-propose-title = the agenda item needs a title of up to 200 characters, which every member reads
refusal-joint-propose-notes = notes are at most 10,000 characters
refusal-joint-propose-over = this meeting is over: propose the joint operation at a coming meeting
refusal-joint-propose-meeting = choose the coming meeting to propose it at
refusal-value-operations-budget = your member's operations took { $done } selectors and events in the last hour, and this center allows { $limit } an hour (so that nobody learns what others pursue by trying values); register these { $adding } later, or have the center's operators import the list (liaison operation import)
notice-release = { $originator } released intelligence to your member
object-release-further = Release to another member
object-release-further-help = The member you choose reads this object, every version of it, from now on, with what it refers to of your member's at TLP:AMBER (a report's indicators, group and place), and is told so. A release cannot be taken back.
object-release-member = Member
object-release-note = A note for that member (optional)
object-release-button = Release
object-done-released = The object is released to the member you chose, who is told.
requests-released-by-us = released by us
refusal-release-by-liaison-officers = your member's intelligence is released further by its liaison officers; ask one of them
refusal-object-id-not-own = another member shared this object, and only it may release it further: ask it with a release request
refusal-release-red-named = TLP:RED intelligence reaches only the people named on it: share a new version that names the others
refusal-release-open-already = every member reads TLP:CLEAR and TLP:GREEN intelligence already
refusal-target-required = name the member to release to
refusal-display-name-taken = the member '{ $name }' is already called '{ $display_name }': give this one a name people can tell apart, such as with its country
refusal-release-orcon = it refers to { $id }, which member '{ $owner }' released under originator control (ORCON) to fewer members than this release would reach; ask that member to release it to them first
refusal-value-required = name the value whose intelligence is released
refusal-target-not-in-good-standing = intelligence is released to the center's members and observers only
