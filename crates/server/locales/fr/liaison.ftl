## Les mots de l'application web de Liaison, en français.

-product = Liaison

## La mise en page commune

page-title = { $title } — { -product }
skip-to-content = Aller au contenu
nav-main = Navigation principale
nav-home = { -product }
nav-search = Recherche
nav-submit = Transmettre
nav-rfis = Demandes d'information
nav-groups = Groupes
nav-map = Carte
nav-governance = Gouvernance
nav-meetings = Réunions
nav-statistics = Statistiques
nav-users = Utilisateurs
nav-connections = Connexions
nav-feeds = Flux
nav-administration = Administration
nav-audit = Journal d'audit
your-account = Votre compte
sign-out = Se déconnecter
back-home = Retour à l'accueil
back-to-account = Retour à votre compte
none = Aucun.
never = jamais
objects-table = Objets
list-separator = { ", " }
action = Action

count-objects = { $count ->
    [one] { $count } objet
   *[other] { $count } objets
}

## Connexion et choix du mot de passe

sign-in-title = Connexion
sign-in-heading = Connexion à { $center }
sign-in-code = Code de votre application d'authentification
sign-in-code-hint = Six chiffres, ou l'un de vos codes de secours.
sign-in-button = Se connecter
user-name = Nom d'utilisateur
password = Mot de passe
forgot-password = Mot de passe oublié ? L'administrateur de votre organisation peut vous envoyer un lien pour en définir un nouveau.
choose-password-title = Choisir un mot de passe
choose-password-heading = Choisissez un mot de passe pour { $center }
new-password = Nouveau mot de passe
password-hint = Au moins 12 caractères que personne ne devinerait : quelques mots sans rapport entre eux font l'affaire.
password-again = Le même mot de passe, une seconde fois
set-password-button = Enregistrer le mot de passe

## La page du compte

account-title = Votre compte
account-must-change = Votre mot de passe a été choisi pour vous. Choisissez le vôtre avant toute chose.
account-second-factor-required = Ce centre exige un second facteur. Configurez une application d'authentification ci-dessous avant toute chose.
current-password = Mot de passe actuel
new-password-again = Le même nouveau mot de passe, une seconde fois
change-password-button = Changer le mot de passe
second-factor = Second facteur
second-factor-on = Activé : vous vous connectez avec un code de votre application d'authentification. { $left ->
    [one] Il vous reste { $left } code de secours.
   *[other] Il vous reste { $left } codes de secours.
}
second-factor-remove-code = Code de l'application, pour retirer le second facteur
second-factor-remove = Retirer
second-factor-again-code = Code de votre application actuelle, pour en configurer une autre (avec de nouveaux codes de secours)
second-factor-again = Configurer une autre application
second-factor-off = Désactivé : le mot de passe seul suffit pour vous connecter.
second-factor-set-up = Configurer une application d'authentification
sessions = Sessions
your-sessions = Vos sessions
session-opened = Ouverte le
session-last-used = Dernière utilisation
session-from = Depuis
session-this = cette session
session-end = Fermer
session-end-others = Fermer toutes les autres sessions
api-tokens = Jetons d'API
api-tokens-hint = Pour les clients TAXII et les scripts : envoyez un jeton sous la forme <code>Authorization: Bearer …</code>, ou comme mot de passe HTTP Basic avec votre nom d'utilisateur.
your-api-tokens = Vos jetons d'API
token-shown-once = Le jeton « { $name } » ({ $scope }), affiché cette seule fois :
token-name = Nom
token-scope = Portée
token-created = Créé le
token-expires = Expire le
token-state = État
token-live = actif
token-revoked = révoqué
token-expired = expiré
token-revoke = Révoquer
token-new-name = Nouveau jeton : ce qui l'utilisera
token-may = Il peut
token-scope-write = lire et écrire
token-scope-read = seulement lire
token-expires-at = Expire à la fin du (laisser vide pour jamais)
token-make = Créer le jeton
language = Langue
language-hint = La langue de toutes les pages que vous voyez. Sans choix, la langue de votre organisation ou celle de votre navigateur s'applique.
language-follow = Comme mon organisation ou mon navigateur
language-save = Enregistrer la langue
language-saved = Langue enregistrée : { $language }. Toutes les pages s'affichent désormais dans cette langue.
language-cleared = Le centre suit désormais la langue de votre organisation, ou celle de votre navigateur.

## Configuration du second facteur

second-factor-title = Second facteur
second-factor-is-on = Votre second facteur est activé. Désormais, vous vous connectez avec votre mot de passe et un code de l'application.
recovery-codes = Codes de secours
recovery-codes-hint = Si vous perdez l'appareil, chacun de ces codes vous connecte une fois à la place d'un code. Conservez-les en lieu sûr : ils ne sont affichés qu'une fois.
enrol-scan = Dans votre application d'authentification, ajoutez un compte en scannant ce code
enrol-qr-label = Code QR du secret ci-dessous
enrol-or-type = ou en saisissant ce secret :
enrol-type-code = Saisissez le code à six chiffres que l'application affiche maintenant.
enrol-code = Code de l'application
enrol-turn-on = Activer le second facteur

## La langue d'un membre (page des utilisateurs)

member-language = Langue de { $member }
member-language-hint = La langue dans laquelle les personnes de { $member } lisent le centre, sauf si elles en choisissent une autre.
member-language-none = La langue de chaque navigateur
member-language-saved = Langue de { $member } enregistrée : { $language }. Les personnes de cette organisation qui n'ont pas choisi leur propre langue lisent désormais le centre dans celle-ci.
member-language-cleared = Les personnes de { $member } lisent désormais le centre dans la langue de leur navigateur, sauf si elles en ont choisi une autre.

## Refus

error-title = { $status } — { -product }
status-400 = Requête incorrecte
status-401 = Connectez-vous d'abord
status-403 = Non autorisé
status-404 = Introuvable
status-405 = Impossible de cette façon
status-409 = Conflit
status-410 = N'existe plus
status-413 = Trop volumineux
status-415 = Format non pris en charge
status-422 = Refusé
status-429 = Trop de tentatives
status-500 = Une erreur s'est produite
status-503 = Occupé pour un instant
status-other = Refusé
password-set-sign-in = Votre mot de passe est enregistré. Connectez-vous avec.
passwords-differ = Les deux mots de passe diffèrent ; saisissez deux fois le même.

## Roles, and what was just done on the account page

role-analyst = analyste
role-liaison_officer = officier de liaison
role-delegate = délégué
role-member_administrator = administrateur du membre
role-secretariat = secrétariat
role-administrator = administrateur du centre
done-password = Votre mot de passe est changé ; vos autres sessions sont closes.
done-session = La session est close.
done-sessions = Toutes les autres sessions sont closes.
done-revoked = Le jeton est révoqué.
done-second-factor-off = Votre second facteur est supprimé.
new-passwords-differ = Les deux nouveaux mots de passe diffèrent ; tapez deux fois le même.

## Tableaux d'objets

nothing-yet = Rien pour l'instant.
col-name = Nom
col-type = Type
col-tlp = TLP
col-from = Émetteur
col-added = Ajouté le
col-status = Statut
col-month = Mois

## La page d'accueil

home-title = { $member } — accueil
home-new-intelligence = Nouveaux renseignements diffusés à notre intention
home-rfis = Demandes d'information auxquelles répondre
home-release-requests = Demandes de diffusion à trancher
home-votes = Votes en cours
home-meetings = Prochaines réunions
home-overdue = Actions en retard
due-on = échéance le { $date }
open-until = jusqu'au { $date }
release-request-asks = { $requester } demande { $what } : { $reason }
release-approve = Approuver
release-refuse = Refuser
action-overdue = { $title } — échéance le { $date }

## Recherche

search-words = Mots
search-type = Type
search-type-example = p. ex. indicator, report
search-button = Rechercher
search-facets = Facettes
search-matches = { $count ->
    [one] { $shown } résultat
   *[other] { $shown } résultats
}
search-matches-partial = { $matches } résultats ; les { $shown } plus récents sont affichés

## Utilisateurs (pour les administrateurs)

member = Membre
roles = Rôles
users-show = Afficher ses utilisateurs
users-of = Utilisateurs de { $member }
user-invited = Invitation créée pour { $user }. Envoyez-lui ce lien (valable une seule fois, jusqu'au { $until } UTC) ; il n'est affiché que maintenant :
user-disabled = désactivé
user-invited-state = invité
user-must-choose = doit choisir un mot de passe
user-active = actif
user-second-factor = second facteur
invite-heading = Inviter un utilisateur
user-name-hint = De 2 à 64 caractères : a-z, 0-9, '-', '_' et '.'.
display-name = Nom affiché
invite-button = Inviter
user-title = Utilisateur { $user }
done-user-saved = Le compte est enregistré.
done-user-disabled = Le compte est désactivé ; ses sessions sont closes.
done-user-enabled = Le compte peut de nouveau se connecter.
done-certificate = Le certificat est enregistré.
done-certificate-revoked = L'enregistrement du certificat est révoqué.
done-user-second-factor-off = Le second facteur est supprimé ; l'utilisateur se connecte avec son seul mot de passe jusqu'à ce qu'il en configure un nouveau.
user-reset-link = Envoyez à { $user } ce lien pour définir un nouveau mot de passe (valable une seule fois, jusqu'au { $until } UTC ; l'ancien mot de passe reste valable jusque-là) ; il n'est affiché que maintenant :
users-all-of = Tous les utilisateurs de { $member }
user-invited-no-password = invité, pas encore de mot de passe
user-signs-in-with-second-factor = se connecte avec un second facteur
user-name-and-roles = Nom et rôles
save = Enregistrer
user-access = Accès
user-enable = Autoriser de nouveau la connexion
user-disable = Désactiver
user-reset = Créer un lien pour définir un nouveau mot de passe
user-remove-second-factor = Retirer le second facteur (appareil perdu)
certificates = Certificats clients
certificates-hint = Un système qui se connecte en HTTPS avec l'un de ces certificats agit en tant que { $user } : soit un certificat épinglé par son empreinte, soit tout certificat d'authentification client émis par une autorité de certification du membre.
certificate-kind = Type
certificate-kind-certificate-short = certificat
certificate-kind-authority-short = autorité de certification
certificate-kind-certificate = ce seul certificat
certificate-kind-authority = une autorité de certification : tout certificat client qu'elle a émis
certificate-pem = Certificat (PEM)
registered = Enregistré le
register = Enregistrer

## Connexions (identités, webhooks) et flux

done-identity = L'identité est enregistrée : seul ce membre peut désormais la désigner comme auteur.
done-identity-removed = L'identité n'appartient plus à ce membre ; ce qui a été partagé sous cette identité reste en place.
done-webhook-removed = Le webhook est supprimé.
connections-show = Afficher ses connexions
connections-intro = Comment { $member } se connecte au centre : les identités que lui seul peut désigner comme auteur, les webhooks vers lesquels sont envoyés ses nouveaux renseignements et ses notifications, et ses flux :
identities = Identités
identity = Identité
identity-own = La sienne :
identity-none-other = Aucune autre identité enregistrée.
identity-label = Identité (un alias, une sous-unité)
identity-hint = Son identifiant STIX, par exemple { $example }.
identity-name = Son nom
identity-ask-administrators = Les administrateurs du centre rattachent des identités à un membre (les objets de tout autre membre qui en désignent une sont alors refusés comme falsifiés) ; adressez-vous à eux.
remove = Retirer
not-yet = pas encore
webhooks = Webhooks
webhook-registered = Le webhook vers { $url } est enregistré. Chaque POST qui lui est adressé est signé ({ $header }, HMAC-SHA256 du corps) avec ce secret, affiché cette seule fois :
webhook-last-attempt = Dernière tentative
webhook-failures = Échecs consécutifs
webhook-url-hint = http:// ou https://. Les adresses situées dans le réseau propre du centre ne sont joignables que si son administrateur les autorise.
webhook-deliver = Envoyer
webhook-deliver-all = nouveaux renseignements et notifications
webhook-deliver-objects = nouveaux renseignements seulement
webhook-deliver-notifications = notifications seulement
webhook-types = Seulement ces types STIX (séparés par des virgules ; tous si vide)
webhook-register = Enregistrer le webhook
feeds-intro = Collections TAXII 2.1 distantes, récupérées selon un calendrier pour le compte d'un membre. Les identifiants de connexion sont stockés scellés et ne sont plus jamais affichés.
feeds-none = Aucun flux pour l'instant.
feed-auth-none = aucune
feed-auth-basic = HTTP Basic
feed-auth-bearer = jeton Bearer
feed-auth-certificate = certificat client
feed-for = pour { $member }
feed-every = toutes les { $seconds } s
feed-unmarked = objets non marqués en { $tlp }
feed-unmarked-to = objets non marqués en { $tlp }, diffusés à { $members }
feed-last-pull = Dernière récupération
feed-next-pull = Prochaine récupération
feed-since-registered = Depuis l'enregistrement
feed-taken-refused = acceptés : { $taken }, refusés : { $refused }
feed-last-error = Dernière erreur
feed-failures = échecs consécutifs : { $count }
feed-refused = Objets refusés
feed-refused-last = { $count ->
    [one] Refusé lors de la dernière récupération ({ $count })
   *[other] Refusés lors de la dernière récupération ({ $count })
}
col-object = Objet
col-version = Version
col-why = Motif
feed-pull-now = Récupérer maintenant
feed-start-over = Reprendre depuis le début
feed-remove = Supprimer (les objets déjà importés restent)
feed-add = Ajouter un flux
feed-api-root = La racine d'API distante
feed-api-root-hint = Par exemple { $example }
feed-collection = L'identifiant de la collection distante
feed-authentication = Authentification
feed-username = Nom d'utilisateur (HTTP Basic)
feed-secret = Mot de passe, jeton, ou certificat client et clé (PEM)
feed-member = Pour le membre
feed-user = Les objets entrent au nom de l'utilisateur
feed-tlp = TLP des objets qui n'en portent aucun (celui de la collection par défaut si vide)
feed-interval = Secondes entre deux récupérations (une heure si vide)
feed-ca = Une autorité de certification privée servant à vérifier le serveur (PEM ; facultatif)
feed-add-button = Ajouter le flux
## Demandes d'information

rfis-title = Demandes d'information
rfis-none = Aucune demande d'information ne concerne votre organisation.
rfi-title = Demande d'information n° { $id }
rfi-question = Question
rfi-priority = Priorité
rfi-priority-low = basse
rfi-priority-normal = normale
rfi-priority-high = haute
rfi-priority-urgent = urgente
rfi-deadline = Échéance
rfi-status-open = ouverte
rfi-status-answered = répondue
rfi-status-closed = clôturée
rfi-status-expired = expirée
rfi-ask-heading = Interroger les membres
rfi-deadline-label = Échéance (UTC, p. ex. { $example })
rfi-ask-whom = Interroger (aucune case cochée : tous les membres) :
rfi-send = Envoyer la demande d'information
rfi-meta = Émise par { $from } · priorité { $priority } · échéance le { $deadline }
rfi-overdue = N'ont pas répondu dans les délais : { $members }
rfi-answers = Réponses
none-yet = Aucune pour l'instant.
rfi-withheld = { $count ->
    [one] { $count } objet lié ne vous est pas diffusé.
   *[other] { $count } objets liés ne vous sont pas diffusés.
}
rfi-answer = Répondre
rfi-answer-objects = Identifiants STIX fournis avec la réponse (un par ligne)
rfi-answer-needed = Rédigez la réponse, ou indiquez les objets qui y répondent.

## Groupes suivis et interrogation « hit/no-hit »

groups-title = Groupes suivis
group-untitled = Groupe suivi
groups-intro = Acteurs de la menace, modes opératoires et campagnes figurant dans les renseignements qui vous sont diffusés.
map-title = Carte
hits-title = Concordance/non-concordance
hits-asked = Votre interrogation porte sur { $value }.
hits-visible = { $count ->
    [one] Vous voyez { $count } objet correspondant.
   *[other] Vous voyez { $count } objets correspondants.
}
hits-none = Aucun autre membre ne détient à ce sujet de renseignements auxquels vous n'avez pas accès.
hits-holders = Membres détenant des renseignements à ce sujet
hits-ask-release = Demander une diffusion
hits-reason = Motif
hits-ask = Demander à { $member }
## Gouvernance : la présidence, les membres et les votes

presidency = Présidence
presidency-held = { $member } assure la présidence du { $from } au { $to }.
presidency-none = Aucun membre n'assure la présidence.
members = Membres
member-founding = Fondateur
member-accession = Adhésion
member-status-applicant = candidat
member-status-member = membre
member-status-observer = observateur
member-status-suspended = suspendu
member-status-withdrawn = retiré
yes = oui
votes = Votes
vote = Vote
vote-until = Jusqu'au
vote-cast = Votants
vote-outcome = Résultat
vote-your-delegate = Votre délégué
vote-cast-of = { $cast } sur { $eligible }
vote-outcome-open = ouvert
vote-outcome-adopted = adopté
vote-outcome-rejected = rejeté
vote-yours = Vote de votre organisation : { $choice }.
vote-choice-yes = pour
vote-choice-no = contre
vote-choice-abstain = abstention
vote-yes = Pour
vote-no = Contre
vote-abstain = Abstention

## Meetings

meetings-none = Aucune réunion pour l'instant.
meeting = Réunion
meeting-kind = Type
meeting-when = Quand
meeting-where = Lieu
meeting-kind-regular = ordinaire
meeting-kind-extraordinary = extraordinaire
meeting-local-start = (début { $time }, { $zone })
meeting-convene-heading = Convoquer une réunion
meeting-title = Titre
meeting-starts = Début (UTC, par exemple { $example })
meeting-ends = Fin
meeting-time-zone = Fuseau horaire
meeting-venue = Lieu
meeting-convene = Convoquer
