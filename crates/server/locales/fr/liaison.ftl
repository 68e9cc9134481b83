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
token-expires-at = Expire à la fin du (laisser vide pour une durée illimitée)
token-make = Créer le jeton
language = Langue
language-hint = La langue de toutes les pages que vous voyez. Sans choix, la langue de votre organisation ou celle de votre navigateur s'applique.
language-follow = Comme mon organisation ou mon navigateur
language-save = Enregistrer la langue
language-saved = Langue enregistrée : { $language }. Toutes les pages s'affichent désormais dans cette langue.
language-cleared = Le centre s'affiche désormais dans la langue de votre organisation, ou dans celle de votre navigateur.

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
status-405 = Action impossible de cette façon
status-409 = Conflit
status-410 = N'existe plus
status-413 = Trop volumineux
status-415 = Format non pris en charge
status-422 = Refusé
status-429 = Trop de tentatives
status-500 = Une erreur s'est produite
status-503 = Service momentanément indisponible
status-other = Refusé
password-set-sign-in = Votre mot de passe est enregistré. Vous pouvez maintenant vous connecter avec celui-ci.
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
new-passwords-differ = Les deux nouveaux mots de passe diffèrent ; saisissez deux fois le même.

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
user-invited = Invitation créée pour { $user }. Envoyez-lui ce lien (valable une seule fois, jusqu'au { $until } UTC) ; il ne sera plus affiché par la suite :
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
user-reset-link = Envoyez à { $user } ce lien pour définir un nouveau mot de passe (valable une seule fois, jusqu'au { $until } UTC ; l'ancien mot de passe reste valable jusque-là) ; il ne sera plus affiché par la suite :
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
feed-unmarked = objets non marqués : { $tlp }
feed-unmarked-to = objets non marqués : { $tlp }, diffusés à { $members }
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
feed-user = Les objets sont importés au nom de l'utilisateur
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
rfi-status-answered = traitée
rfi-status-closed = clôturée
rfi-status-expired = expirée
rfi-ask-heading = Interroger les membres
rfi-deadline-label = Échéance (votre heure, { $zone })
rfi-ask-whom = Interroger (aucune case cochée : tous les membres) :
rfi-send = Envoyer la demande d'information
rfi-meta = Émise par { $from } · priorité { $priority } · échéance le { $deadline }
rfi-overdue = N'ont pas répondu dans les délais : { $members }
rfi-answers = Réponses
none-yet = Aucune pour l'instant.
rfi-unseen-by-asker = { $member } ne peut pas lire ces objets de votre organisation fournis dans vos réponses, et voit seulement que certains ont été retenus. Un officier de liaison de votre organisation peut en diffuser un à { $member } depuis la page de l'objet (« Diffuser à un autre membre ») ; un objet TLP:RED nécessite une nouvelle version qui désigne ce membre :
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
meeting-starts = Début (heure locale de la réunion)
meeting-ends = Fin
meeting-time-zone = Fuseau horaire
meeting-venue = Lieu
meeting-convene = Convoquer

## Un objet, présenté comme renseignement

object-kind-line = { $kind }
object-authored-by = auteur : { $author }
object-shared-by = partagé par { $member }
object-added = ajouté le { $date }
object-evaluation = évaluation de la source { $code }
object-done-sighting = Votre observation est enregistrée.
object-done-outcome = Le résultat est enregistré.
object-done-report = Votre rapport est enregistré et diffusé selon son marquage.
object-about = À propos
object-raw = L'objet au format STIX (JSON)
object-raw-version = Version { $version } au format STIX (JSON)
object-linked = Renseignements liés
object-linked-none = Aucun renseignement visible pour vous n'y est encore lié.
object-since = depuis le { $date }
object-until = jusqu'au { $date }
object-from-to = du { $start } au { $stop }
object-named-in = figure dans : { $kind } { $name }
object-sighted = { $count ->
    [one] une observation par { $who }
   *[other] { $count } observations par { $who }
}
object-sighted-where = à { $where }
object-sighted-between = entre le { $first } et le { $last }
object-someone = un membre
object-unavailable = non détenu ici ou non diffusé à votre intention
object-more-names = { $count ->
    [one] et un autre
   *[other] et { $count } autres
}
object-markings = Marquages et diffusion
object-level = Niveau
object-released-to = Diffusé à
object-released-to-none = Aucun membre désigné au-delà de ce que permet le niveau.
object-orcon = Toute diffusion ultérieure est soumise à l'accord de l'émetteur (ORCON).
object-other-markings = Autres marquages
object-banner-released = diffusé à { $members }
object-versions = Versions
object-version = { $version }, ajoutée le { $date }
object-version-current = actuelle
object-correlations = Corrélations
object-correlations-none = Aucun autre renseignement visible pour vous ne partage de valeur avec celui-ci.
object-possible-match = Correspondance possible
object-possible-match-why = les noms se lisent de la même façon dans une autre écriture ; confirmez-la avant de vous y fier
col-shared-value = Valeur commune
col-member = Membre
object-sightings = Observations
object-seen-by = { $count ->
    [0] Aucun membre n'a signalé d'observation.
    [one] Observations signalées par un membre.
   *[other] Observations signalées par { $count } membres.
}
object-we-saw = Signaler une observation
object-outcomes = Résultats opérationnels
object-outcomes-none = Aucun résultat enregistré.
object-outcome = { $kind } le { $date } ({ $member }) : { $description }
object-led-to = Résultat obtenu
object-outcome-description = Description
object-record-outcome = Enregistrer le résultat
object-hit-ask = Un autre membre détient-il des renseignements sur cette valeur ?
object-hit-button = Interroger
object-answer-rfi = Répondre à une demande d'information avec cet objet
object-no-rfi = Aucune demande d'information ouverte n'est adressée à votre organisation.
object-rfi = Demande d'information
object-answer-how = En quoi il y répond (facultatif)
object-answer = Répondre
object-choose-rfi = Choisissez la demande d'information à laquelle cet objet répond.
object-rfi-not-ours = Cette demande d'information n'est pas adressée à votre organisation.
release-not-a-member = { $member } n'est pas membre du centre.

## Les résultats obtenus grâce aux renseignements

outcome-kind-group_disrupted = Groupe désorganisé
outcome-kind-group_dismantled = Groupe démantelé
outcome-kind-arrest = Interpellation
outcome-kind-attack_prevented = Attaque déjouée
outcome-kind-position_confirmed = Localisation confirmée
outcome-kind-false_positive = Faux positif

## Types d'objets STIX

kind-attack-pattern = technique d'attaque
kind-campaign = campagne
kind-course-of-action = contre-mesure
kind-grouping = regroupement
kind-identity = identité
kind-incident = incident
kind-indicator = indicateur
kind-infrastructure = infrastructure
kind-intrusion-set = mode opératoire
kind-location = lieu
kind-malware = logiciel malveillant
kind-malware-analysis = analyse de logiciel malveillant
kind-note = note
kind-observed-data = données observées
kind-opinion = avis
kind-report = rapport
kind-threat-actor = acteur de la menace
kind-tool = outil
kind-vulnerability = vulnérabilité
kind-relationship = relation
kind-sighting = observation
kind-artifact = artefact
kind-autonomous-system = système autonome
kind-directory = répertoire
kind-domain-name = nom de domaine
kind-email-addr = adresse électronique
kind-email-message = message électronique
kind-file = fichier
kind-ipv4-addr = adresse IPv4
kind-ipv6-addr = adresse IPv6
kind-mac-addr = adresse MAC
kind-mutex = mutex
kind-network-traffic = trafic réseau
kind-process = processus
kind-software = logiciel
kind-url = URL
kind-user-account = compte utilisateur
kind-windows-registry-key = clé de registre Windows
kind-x509-certificate = certificat X.509
kind-marking-definition = définition de marquage
kind-language-content = traduction
kind-extension-definition = définition d'extension

## Propriétés des objets STIX, telles que la page d'un objet les nomme

prop-name = Nom
prop-description = Description
prop-aliases = Autres noms
prop-first_seen = Première apparition
prop-last_seen = Dernière apparition
prop-objective = Objectif
prop-goals = Buts
prop-sophistication = Degré de sophistication
prop-resource_level = Moyens
prop-primary_motivation = Motivation principale
prop-secondary_motivations = Autres motivations
prop-personal_motivations = Motivations personnelles
prop-roles = Rôles
prop-threat_actor_types = Types d'acteur de la menace
prop-indicator_types = Types d'indicateur
prop-pattern = Motif
prop-pattern_type = Langage du motif
prop-pattern_version = Version du langage du motif
prop-valid_from = Début de validité
prop-valid_until = Fin de validité
prop-kill_chain_phases = Phases de la chaîne d'attaque
prop-malware_types = Types de logiciel malveillant
prop-is_family = Famille
prop-capabilities = Capacités
prop-tool_types = Types d'outil
prop-tool_version = Version de l'outil
prop-infrastructure_types = Types d'infrastructure
prop-published = Date de publication
prop-report_types = Types de rapport
prop-object_refs = Porte sur
prop-context = Contexte
prop-content = Contenu
prop-abstract = Résumé
prop-authors = Auteurs
prop-opinion = Avis
prop-explanation = Explication
prop-first_observed = Première observation
prop-last_observed = Dernière observation
prop-number_observed = Nombre d'observations
prop-latitude = Latitude
prop-longitude = Longitude
prop-precision = Précision (mètres)
prop-region = Région
prop-country = Pays
prop-administrative_area = Division administrative
prop-city = Ville
prop-street_address = Adresse
prop-postal_code = Code postal
prop-identity_class = Type d'identité
prop-sectors = Secteurs
prop-contact_information = Contact
prop-relationship_type = Relation
prop-source_ref = Source
prop-target_ref = Cible
prop-start_time = Début
prop-stop_time = Fin
prop-sighting_of_ref = Observation de
prop-observed_data_refs = Données observées
prop-where_sighted_refs = Lieux de l'observation
prop-count = Nombre
prop-summary = Récapitulatif
prop-value = Valeur
prop-hashes = Empreintes
prop-external_references = Références externes
prop-labels = Étiquettes
prop-confidence = Niveau de confiance
prop-lang = Langue
prop-created = Date de rédaction
prop-modified = Dernière modification
prop-revoked = Révoqué
prop-resolves_to_refs = Se résout en
prop-belongs_to_refs = Appartient à
prop-size = Taille
prop-mime_type = Type de média
prop-number = Numéro
prop-display_name = Nom affiché
prop-user_id = Identifiant utilisateur
prop-sample_refs = Échantillons
prop-operating_system_refs = Systèmes d'exploitation
prop-implementation_languages = Langages de programmation
prop-architecture_execution_envs = Architectures d'exécution
prop-object_modified = Version traduite
prop-contents = Traductions
prop-definition_type = Type de marquage
prop-definition = Marquage
prop-statement = Mention
prop-x_opencti_aliases = Autres noms (OpenCTI)

## Relations, sous forme de phrases sur les objets qu'elles relient

rel-attributed-to = est attribuable à
rel-authored-by = a pour auteur
rel-based-on = repose sur
rel-beacons-to = contacte périodiquement
rel-characterizes = caractérise
rel-communicates-with = communique avec
rel-compromises = compromet
rel-consists-of = se compose de
rel-controls = contrôle
rel-delivers = distribue
rel-derived-from = dérive de
rel-downloads = télécharge
rel-drops = dépose
rel-duplicate-of = fait doublon avec
rel-exfiltrates-to = exfiltre vers
rel-exploits = exploite
rel-has = présente
rel-hosts = héberge
rel-impersonates = usurpe l'identité de
rel-indicates = indique
rel-investigates = enquête sur
rel-located-at = se situe à
rel-mitigates = atténue
rel-originates-from = provient de
rel-owns = possède
rel-related-to = a un lien avec
rel-remediates = remédie à
rel-resolves-to = se résout en
rel-targets = cible
rel-uses = utilise
rel-variant-of = est une variante de

## Un groupe suivi

group-object-itself = Le groupe en tant que renseignement
group-status-over-time = Évolution du statut
group-no-status = Aucun statut enregistré.
group-new-status = Nouveau statut
group-note = Remarque
group-record = Enregistrer le statut
group-status-kept-by = Son statut est tenu à jour par le membre qui l'a partagé et par le secrétariat.
group-known-locations = Lieux connus
group-no-locations = Aucun parmi les renseignements auxquels vous avez accès.
group-timeline = Chronologie
group-timeline-none = Aucun renseignement visible pour vous ne mentionne encore ce groupe.
group-status-line = { $state } depuis le { $date } ({ $member })
group-status-note = { $state } depuis le { $date } ({ $member }) : { $note }
group-state-active = Actif
group-state-dormant = En sommeil
group-state-disrupted = Désorganisé
group-state-dismantled = Démantelé

## Administration

admin-title = Administration
admin-accounts-elsewhere = Les utilisateurs, leurs jetons et leurs certificats se gèrent sur les pages des utilisateurs ; votre propre mot de passe, votre second facteur et vos jetons, sur la page de votre compte.
admin-users-pages = Utilisateurs
admin-your-account = Votre compte
admin-second-factor = Second facteur
admin-second-factor-required = Toute personne qui se connecte avec un mot de passe doit disposer d'un second facteur.
confirm-title = Confirmation
confirm-cancel = Annuler
user-disable-consequence = { $user } ne pourra plus se connecter, et toutes les sessions et tous les jetons de { $user } cessent aussitôt de fonctionner. Un administrateur peut réactiver le compte.
user-disable-confirm = Désactiver { $user }
token-revoke-consequence = Le jeton { $name } cesse aussitôt de fonctionner : tout système qui l'utilise est désormais refusé. Un jeton révoqué ne peut pas être rétabli ; émettez-en un nouveau s'il le faut.
token-revoke-confirm = Révoquer le jeton
admin-second-factor-require-consequence = Toute personne qui se connecte avec un mot de passe devra disposer d'un second facteur. Les utilisateurs qui n'en ont pas devront le configurer à leur prochaine connexion, avant toute chose.
admin-second-factor-stop-consequence = Les utilisateurs pourront de nouveau se connecter avec leur seul mot de passe, sauf s'ils ont eux-mêmes choisi un second facteur.
stat-publish-tick = Cochez la case pour publier : le rapport est transmis à tous les membres et ne peut pas être retiré.
stat-publish-consequence = Le rapport est transmis à tous les membres du centre et reste parmi les rapports publiés. Il ne peut pas être retiré.
certificate-revoke-consequence = Le certificat { $name } est aussitôt refusé : un système qui le présente ne peut plus se connecter. Un certificat révoqué ne peut pas être rétabli ; enregistrez-en un nouveau s'il le faut.
certificate-revoke-confirm = Révoquer le certificat
admin-second-factor-require-you = Toute personne qui se connecte avec un mot de passe devra disposer d'un second facteur, vous compris : vous n'en avez pas encore et le configurerez juste après, avant toute chose. Les utilisateurs qui n'en ont pas devront le configurer à leur prochaine connexion.
admin-second-factor-stop = Ne plus l'exiger
admin-second-factor-optional = Le second facteur est laissé au choix de chaque utilisateur.
admin-second-factor-require = L'exiger de tous
admin-second-factor-now-required = Toute personne qui se connecte avec un mot de passe doit désormais disposer d'un second facteur ; celles qui n'en ont pas sont invitées à le configurer avant toute chose.
admin-second-factor-no-longer = Le second facteur n'est plus exigé.
admin-export = Exportation
admin-export-link = Exporter tout ce que { $member } peut voir en un seul bundle STIX
admin-export-progress = Progression de l'exportation
admin-export-received = { $size } Mo reçus
admin-export-failed = L'exportation a échoué (HTTP { $status }).
admin-export-interrupted = L'exportation a été interrompue ; rien n'a été enregistré. Réessayez.
admin-export-done = { $size } Mo exportés.
admin-collections = Collections
admin-collection = Collection
admin-alias = Alias
admin-default-tlp = TLP par défaut
admin-everyone-reads = Lecture pour tous
admin-everyone-writes = Écriture pour tous
admin-sharing-groups = Groupes de partage
admin-group = Groupe
admin-group-members = Membres
admin-noisy-keys = Clés de corrélation trop fréquentes et clés exclues
admin-key = Clé
admin-key-objects = Objets
admin-key-excluded = Exclue

## Le journal d'audit

audit-title = Journal d'audit
audit-intro = Tout le journal, du plus récent au plus ancien, cent entrées par page. Il peut aussi être lu, et sa chaîne vérifiée, avec la commande :
audit-action = Action
audit-filter = Filtrer
audit-when = Date
audit-actor = Auteur
audit-subject = Objet de l'action

## La carte

map-count = { $count ->
    [0] Aucun lieu ne figure dans les renseignements qui vous sont diffusés.
    [one] Un lieu figure dans les renseignements qui vous sont diffusés.
    [many] { $count } de lieux figurent dans les renseignements qui vous sont diffusés.
   *[other] { $count } lieux figurent dans les renseignements qui vous sont diffusés.
}
map-offline = La carte du monde est tracée à partir des données Natural Earth fournies avec Liaison ; aucun serveur de tuiles n'est utilisé.
map-zoom = Zoom
map-zoom-in = Zoom avant
map-zoom-out = Zoom arrière
map-world = Le monde entier
map-fit = Tous les lieux
map-zoom-here = Zoomer ici
map-legend-group = un lieu où se situe un groupe suivi
map-legend-place = un lieu cité dans des renseignements
map-places = Lieux
map-place = Lieu
map-groups = Groupes qui s'y situent

## Une réunion

meeting-held = Réunion { $kind }, du { $starts } au { $ends } UTC
meeting-calendar-file = fichier calendrier
meeting-pack = dossier de séance imprimable
meeting-agenda = Ordre du jour
meeting-withheld = (renseignements liés non diffusés à votre intention)
meeting-add-item = Ajouter un point à l'ordre du jour
meeting-item-title = Intitulé
meeting-item-link = Lié à
meeting-item-no-link = Rien
meeting-link-statistics = Statistiques depuis la création du centre
meeting-link-vote = Vote : { $title }
meeting-link-application = Demande d'adhésion : { $member }
meeting-link-report = Statistiques publiées : { $title }
meeting-item-object = Ou un renseignement, par son identifiant STIX (facultatif)
meeting-agenda-title-needed = Donnez un intitulé au point.
meeting-agenda-link-unknown = Choisissez dans la liste l'élément auquel le point est lié.
meeting-agenda-one-link = Liez le point à un seul élément : soit dans la liste, soit par un identifiant STIX.
meeting-add = Ajouter
meeting-attendance = Présences
meeting-not-recorded = Aucune présence enregistrée.
meeting-present = présent
meeting-absent = absent
meeting-record-attendance = Enregistrer les présences
meeting-delegates = Personnes présentes pour le membre (noms)
meeting-record = Enregistrer
meeting-minutes = Procès-verbal
meeting-minutes-markdown = Procès-verbal (Markdown)
meeting-save = Enregistrer
meeting-decisions = Décisions
meeting-decided = prise en séance
meeting-record-decision = Consigner une décision
meeting-decision = Décision
meeting-decision-item = Au titre du point de l'ordre du jour
meeting-item-none = Aucun
meeting-decision-how = Mode d'adoption
meeting-decision-recorded = Prise en séance : la consigner
meeting-decision-vote = La soumettre au vote des membres (à la majorité des suffrages exprimés, la moitié au moins des membres prenant part au vote)
meeting-decision-days-label = Durée du vote (en jours)
meeting-decision-needed = Rédigez la décision.
meeting-decision-item-unknown = Choisissez le point de l'ordre du jour dans la liste.
meeting-decision-days = Un vote reste ouvert de 1 à 365 jours.
meeting-actions = Actions
meeting-add-action = Ajouter une action
meeting-action = Action
meeting-assignee = Responsable
action-status-open = en cours
action-status-done = réalisée
action-status-cancelled = annulée

## Transmission de renseignements

submit-title = Transmettre des renseignements
submit-refused = Rien n'a été enregistré. Corrigez ce qui est signalé ci-dessous et transmettez de nouveau ; votre saisie est conservée.
submit-report = Rapport
submit-name = Titre
submit-description = Résumé
submit-entities = Ce sur quoi porte le rapport
submit-actor = Acteur de la menace ou groupe
submit-actor-hint = Choisissez dans la liste, au fil de la saisie, un groupe déjà connu, ou saisissez un nouveau nom.
submit-indicators = Indicateurs, un par ligne : adresses IP, domaines, URL, adresses électroniques, empreintes MD5 ou SHA-256
submit-place = Lieu
submit-place-hint = Choisissez un lieu connu dans la liste, ou nommez-en un nouveau et indiquez ses coordonnées.
submit-relation = Lien entre le groupe et le lieu
submit-since = Depuis (date)
submit-markings = Marquages
submit-release-to = En TLP:AMBER ou TLP:AMBER+STRICT, le diffuser également aux membres suivants
submit-orcon = ORCON : les destinataires ne peuvent pas le rediffuser
submit-button = Transmettre le rapport
submit-import = Importer un bundle STIX
submit-bundle = Fichier du bundle (JSON)
submit-import-button = Importer
submit-import-progress = Progression de l'envoi
submit-import-sent = Envoyé : { $percent } %
submit-import-checking = Envoi terminé ; le centre vérifie et enregistre les objets.
submit-imported-all = { $count ->
    [one] L'objet a été importé.
    [many] Les { $count } objets ont tous été importés.
   *[other] Les { $count } objets ont tous été importés.
}
submit-imported-some = Objets importés : { $stored } sur { $total }.
submit-import-refused = Les objets suivants ont été refusés ; les autres sont enregistrés :

## Statistiques et réalisations

stat-title = Statistiques et réalisations
stat-presets = Périodes
stat-preset-founding = Depuis la création du centre
stat-preset-12-months = Les 12 derniers mois
stat-preset-this-year = L'année en cours
stat-preset-30-days = Les 30 derniers jours
stat-from = Date de début
stat-to = Date de fin (exclue)
stat-show = Afficher
stat-printable = Version imprimable
stat-compiling = Les chiffres de cette période sont en cours de calcul sur l'ensemble des données détenues par le centre ; dans un centre de grande taille, le premier calcul prend un certain temps. Cette page se recharge automatiquement à quelques secondes d'intervalle et les affichera dès qu'ils seront disponibles.
stat-published = Statistiques publiées
stat-published-line = du { $from } au { $to }, publiées par { $by }
stat-publish = Publication
stat-publishing = Publication en cours : les chiffres de l'ensemble du centre sont en cours de calcul. Dans un centre de grande taille, cela prend quelques secondes ; le rapport s'ouvrira dès qu'il sera prêt.
stat-on-agenda = À l'ordre du jour de la réunion
stat-no-meeting = aucune réunion
stat-publish-button = Publier le rapport
stat-choose-meeting = Choisissez une réunion dans la liste.
stat-no-such-meeting = Cette réunion n'existe pas.
stat-period = { $center } · du { $from } au { $to } UTC
stat-generated = chiffres arrêtés le { $at } UTC
stat-scope-viewer = Les totaux portent sur l'ensemble du centre. Les chiffres par membre ne tiennent compte que des renseignements diffusés à { $member }.
stat-scope-published = Rapport n° { $id }, publié par { $by } : les chiffres par membre portent sur l'ensemble des renseignements.
stat-printable-title = { $center } — statistiques
stat-totals = Totaux pour l'ensemble du centre
stat-charts = Graphiques
stat-by-member = Par membre
stat-nothing = Rien sur cette période.
stat-contributed = Renseignements transmis
stat-received = Renseignements reçus
stat-sightings = Observations
stat-correlated = Renseignements corrélés avec ceux d'un autre membre
stat-rfis_sent = Demandes d'information envoyées
stat-rfis_answered = Demandes d'information ayant reçu une réponse
stat-rfi_median_response_hours = Délai médian avant la première réponse
stat-hit_questions = Interrogations concordance/non-concordance
stat-hits = Concordances
stat-release_requests_granted = Demandes de diffusion accordées
stat-outcomes = Résultats opérationnels
stat-meetings = Réunions
stat-minutes = { $n } min
stat-hours = { $n } h
stat-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
stat-chart-trend = Renseignements transmis par mois
stat-chart-by-type = Renseignements transmis par type
stat-chart-by-tlp = Renseignements transmis par niveau TLP
stat-chart-contributed-by-member = Renseignements transmis, par membre
stat-chart-received-by-member = Renseignements reçus, par membre
stat-chart-outcomes = Résultats opérationnels par type
stat-chart-members = Nombre de membres à la fin de chaque mois

## Ce que l'utilisateur attend, et ce qui vient d'être fait

home-our-requests = Nos demandes de diffusion
home-our-request = { $what } auprès de { $originator }
home-released-count = { $count ->
    [one] { $count } objet diffusé
    [many] { $count } d'objets diffusés
   *[other] { $count } objets diffusés
}
home-cast = Nos votes dans les scrutins encore ouverts
release-status-pending = en attente de décision
release-status-approved = approuvée
release-status-refused = refusée
done-release-requested = Votre demande de diffusion est envoyée ; il revient aux officiers de liaison de l'émetteur de la trancher, et elle figure ci-dessous jusqu'à leur décision.
done-release-approved = La diffusion est approuvée : le membre demandeur voit désormais ce qu'il a demandé.
done-release-refused = La demande de diffusion est refusée ; le membre demandeur en est informé.
## Dates et heures, telles que chaque lecteur les lit

dates = Dates et heures
dates-now = Date et heure actuelles :
dates-calendar = Calendrier
dates-calendar-follow = Le calendrier usuel de ma langue
calendar-gregorian = Grégorien
calendar-persian = Hégirien solaire (persan)
calendar-islamic = Hégirien (Umm al-Qura)
dates-zone = Fuseau horaire
dates-zone-hint = Un nom de fuseau horaire, par exemple Asia/Tehran ou Europe/Paris ; laissez vide pour UTC. L'heure UTC s'affiche lorsque vous maintenez le pointeur sur une heure.
dates-save = Enregistrer
dates-saved = Votre calendrier et votre fuseau horaire sont enregistrés ; toutes les pages affichent désormais les dates selon ces réglages.
## Le dossier de séance imprimable

pack-title = { $title } — dossier de séance
pack-convened = Réunion convoquée par { $member } le { $date } UTC. Dossier imprimé le { $printed } UTC.
pack-for-member = Pour le membre
pack-due = Échéance (UTC)
pack-overdue = (en retard)
pack-vote-open = soumise au vote des membres, scrutin ouvert
pack-vote-closed = texte { $outcome } par le vote des membres
pack-link-rfi = Demande d'information n° { $id } : { $question }
no = non

## Recherche : filtres et pages

search-filtered-by = Filtré par :
search-remove-filter = Retirer le filtre
search-pages = Pages de résultats
search-newest = Résultats les plus récents
search-older = Résultats plus anciens
## Demandes d'adhésion

applications = Demandes d'adhésion
application-sponsored = sur parrainage de { $member }
application-applied = demande déposée le { $date }
application-vote = le vote des membres sur cette demande
application-record = Enregistrer une demande d'adhésion
application-name = Nom court
application-name-hint = Lettres minuscules non accentuées, chiffres et traits d'union : le nom sous lequel l'organisation sera connue au sein du centre (par exemple delta).
application-display-name = Nom complet
application-description = Présentation de l'organisation et motifs de la demande
application-contact = Contact
application-sponsor = Parrain (un membre en règle)
application-no-sponsor = Sans parrain
application-submit = Enregistrer la demande et ouvrir le vote
done-applied = La demande est enregistrée et le vote des membres à son sujet est ouvert.
object-done-translation = Votre traduction est ajoutée : les lecteurs de cette langue voient l'objet ainsi traduit.
object-translated = Affiché dans votre langue, tel que { $member } l'a traduit ({ $translation }). { $original }
object-translated-earlier = Affiché dans votre langue, tel que { $member } en a traduit une version antérieure ({ $translation }). { $original }
object-the-translation = la traduction
object-show-original = Afficher l'original
object-translation-available = Une traduction dans votre langue existe : { $link }.
object-show-translation = l'afficher
object-translate = Traduire
object-translate-help = Ajoutez la traduction, par votre organisation, de son nom et de sa description. Elle ne va pas plus loin que l'objet lui-même ; les lecteurs de cette langue voient l'objet ainsi traduit, l'original restant à un clic.
object-translation-language = Langue
object-translation-name = Nom traduit
object-translation-description = Description traduite
object-add-translation = Ajouter la traduction
object-translated-by = { $member } l'a traduit { $into }
language-into = { $tag ->
    [ar] en arabe
    [fa] en persan
    [ru] en russe
    [fr] en français
    [en] en anglais
   *[other] en { $tag }
}
refusal-title-required = une collection doit avoir un titre
refusal-name-required = indiquez le nom sous lequel cette identité est connue (200 caractères au plus, dans n'importe quelle écriture)
refusal-name-required-2 = donnez au certificat un nom de 100 caractères au plus, par exemple celui du système qui l'utilise
refusal-pem-bad-certificate = ce certificat ne peut pas être lu comme un certificat X.509
refusal-pem-bad-pem = aucun certificat trouvé
refusal-pem-another-members-certificate = ce certificat a été émis par l'autorité enregistrée d'un autre membre ; il ne peut pas représenter un utilisateur de ce membre
refusal-value-out-of-range = recherchez une seule valeur de 1 à 512 caractères : adresse, domaine, empreinte, adresse électronique, numéro de téléphone ou nom
refusal-target-own-member = l'émetteur voit déjà ses propres renseignements ; désignez un autre membre comme destinataire de la diffusion
refusal-reason-required = indiquez pourquoi la diffusion est nécessaire ('reason') ; c'est l'émetteur qui en décide
refusal-api-root-bad-url = la racine de l'API est une URL http:// ou https://, par exemple https://taxii.example.org/api1/
refusal-api-root-credential-in-url = ne mettez ni utilisateur ni mot de passe dans l'URL ; indiquez-les comme identifiants de connexion du flux, qui sont conservés chiffrés
refusal-api-root-credential-in-clear = les identifiants de connexion ne sont envoyés que par https:// (http:// simple uniquement vers cette machine)
refusal-remote-collection-required = indiquez l'identifiant de la collection distante, tel que son serveur le liste sous collections/
refusal-auth-bad-choice = l'authentification est none, basic, bearer ou certificate
refusal-secret-unused = l'authentification 'none' n'accepte aucun identifiant de connexion
refusal-secret-required = HTTP Basic exige un nom d'utilisateur et un mot de passe
refusal-secret-required-2 = un jeton bearer est requis
refusal-secret-required-3 = un certificat client se fournit au format PEM : le certificat et sa clé privée
refusal-ca-not-https = une autorité de certification ne s'utilise qu'avec une racine d'API en https://
refusal-release-to-not-amber = les listes de diffusion ne s'appliquent qu'à TLP:AMBER et TLP:AMBER+STRICT
refusal-reason-required-2 = indiquez le motif de la modification ('--reason') ; il est conservé dans l'historique du membre
refusal-description-required = une demande d'adhésion doit comporter une description et un contact
refusal-days-out-of-range = un vote d'admission reste ouvert entre 1 et 365 jours
refusal-term-months-out-of-range = un mandat dure entre 1 et 60 mois
refusal-title-required-2 = une réunion doit avoir un titre
refusal-ends-before-start = une réunion doit se terminer après son début
refusal-title-required-3 = une action doit avoir un titre
refusal-title-required-4 = un point de l'ordre du jour doit avoir un titre
refusal-text-required = une décision doit comporter son texte
refusal-question-required = une demande d'information doit comporter sa question
refusal-deadline-not-in-future = la date limite doit se situer dans le futur
refusal-to-no-recipient = il n'y a aucun membre à interroger
refusal-text-required-2 = une réponse doit comporter un texte ou des objets
refusal-q-required = saisissez au moins un mot à rechercher
refusal-q-too-long = une recherche compte 500 caractères au plus
refusal-to-before-start = la fin de la période doit être postérieure à son début
refusal-name-required-3 = donnez un titre au rapport
refusal-location-out-of-range = la latitude est un nombre compris entre -90 et 90, et la longitude entre -180 et 180
refusal-place-relation-unknown = choisissez dans la liste la relation entre le groupe et le lieu
refusal-since-not-a-date = indiquez la date au format année-mois-jour, par exemple 2026-03-01
refusal-actor-restricted = un groupe de ce nom vous est connu sous une diffusion plus restreinte que celle ouverte à tous les membres : établissez le rapport depuis la page de ce groupe, ou donnez un autre nom au nouveau groupe
refusal-location-restricted = un lieu de ce nom vous est connu sous une diffusion plus restreinte que celle ouverte à tous les membres : donnez un autre nom au nouveau lieu et indiquez ses coordonnées
refusal-location-place-exists = un lieu de ce nom est déjà connu : laissez les coordonnées vides pour l'utiliser, ou donnez un autre nom au nouveau lieu
refusal-location-coordinates-needed = aucun lieu de ce nom n'est encore connu : indiquez sa latitude et sa longitude
refusal-indicators-nothing-referred = un rapport doit porter sur un élément : ajoutez un acteur, un indicateur ou un lieu
refusal-language-not-a-language = choisissez la langue de la traduction, sous forme de code tel que ar, fa, ru, fr ou en
refusal-name-required-4 = traduisez le nom, la description ou les deux
refusal-objects-required = un résultat doit être lié aux renseignements qui y ont conduit ('objects')
refusal-name-required-5 = donnez au jeton un nom de 100 caractères au plus, par exemple celui du client TAXII qui l'utilisera
refusal-expires-in-the-past = la date d'expiration d'un jeton doit être dans le futur, ou laissée vide
refusal-current-password-wrong = ce n'est pas votre mot de passe actuel
refusal-password-unchanged = choisissez un mot de passe différent du mot de passe actuel
refusal-roles-center-role = seuls les administrateurs du centre attribuent les rôles administrator et secretariat
refusal-roles-secretariat-only = le rôle secretariat est réservé aux utilisateurs du secrétariat du centre
refusal-roles-required = attribuez au moins un rôle à l'utilisateur : analyst, liaison_officer, delegate, member_administrator (ou, pour le centre, secretariat, administrator)
refusal-roles-center-role-2 = cet utilisateur détient un rôle propre au centre ; seuls les administrateurs du centre peuvent modifier ses rôles
refusal-roles-own-role = vous ne pouvez pas retirer votre propre rôle administrator ; adressez-vous à un autre administrateur
refusal-disabled-own-account = vous ne pouvez pas désactiver votre propre compte
refusal-display-name-required = un nom d'affichage comporte de 1 à 200 caractères
refusal-code-wrong = ce code ne correspond pas ; vérifiez l'horloge de l'application et saisissez le code qu'elle affiche maintenant
refusal-code-not-started = recommencez : configurez d'abord l'application d'authentification
refusal-url-credential-in-url = ne mettez ni utilisateur ni mot de passe dans une URL de webhook ; le destinataire vérifie plutôt la signature
table-range = { $first }–{ $last } sur { $total }
table-previous = Page précédente
table-next = Page suivante
table-pages = Pages de la liste
table-filters = Affiner la liste
table-filter = Afficher
table-all = Tous
table-clear = Effacer les filtres
table-none-filtered = Rien dans la liste ne correspond à ces filtres.
groups-window = Liste établie à partir des { $count } groupes les plus récents que vous pouvez voir.
stat-top-groups = Groupes les plus signalés
stat-top-groups-note = Les groupes suivis auxquels se rapporte le plus de renseignement partagé sur cette période (relations, observations, rapports). Seuls les groupes diffusés à tous les membres sont nommés.
stat-group = Groupe
stat-group-kind = Type
stat-group-objects = Renseignement s'y rapportant
stat-achievements = Réalisations
stat-achievements-note = Les résultats opérationnels de cette période et le renseignement qui y a conduit, du plus récent au plus ancien. Seul le renseignement diffusé à tous les membres est nommé ; le reste est compté.
stat-achievement = { $kind } le { $date }, enregistré par { $member }
stat-achievement-led-by = Obtenu grâce à :
stat-achievement-from = partagé par { $members }
stat-achievement-withheld = { $n ->
    [one] Un autre objet lié n'a pas été diffusé à tous les membres.
   *[other] { $n } autres objets liés n'ont pas été diffusés à tous les membres.
}
submit-release-to-users = En TLP:RED, le diffuser nommément à ces personnes
submit-recipient-filter = Chercher une personne
refusal-release-to-users-not-red = les destinataires nommés ne s'appliquent qu'à TLP:RED ; choisissez TLP:RED, ou diffusez à des membres
audit-action-hint = Une action, ou son début : objects, objects.read, member.
audit-from = Du (votre heure)
audit-to = Au (non inclus)
audit-newest = Entrées les plus récentes
audit-older = Entrées plus anciennes
audit-no-such-member = Choisissez un membre dans la liste.
vote-awaiting = En attente du vote de votre organisation
vote-title-admission = Admission de { $member }
refusal-value-no-member = aucun membre ne s'appelle '{ $value }'
refusal-value-no-recipient = aucun utilisateur autorisé à lire ne s'appelle '{ $value }' ; choisissez les destinataires dans la liste
refusal-value-no-assignee = aucun membre ne s'appelle '{ $value }' ; la liste des membres donne les noms
refusal-value-zone-iana = '{ $value }' n'est pas un fuseau horaire : utilisez un nom IANA comme Europe/Brussels ou Asia/Tehran
refusal-value-zone-meeting = '{ $value }' n'est pas un nom de fuseau horaire comme Europe/Brussels ou UTC
refusal-value-zone-reader = '{ $value }' n'est pas un nom de fuseau horaire comme Asia/Tehran, Europe/Paris ou UTC
refusal-value-not-a-time = '{ $value }' doit être une date et une heure comme 2026-12-01T09:00, ou une date comme 2026-12-01
refusal-value-not-a-tlp = '{ $value }' n'est pas un niveau TLP : utilisez clear, green, amber, amber+strict ou red
refusal-value-sponsor = le parrain '{ $value }' doit être un membre en règle
refusal-value-not-visible = { $value } n'est pas un objet que vous pouvez voir ; ne liez que ce que vous voyez
refusal-value-webhook-url = '{ $value }' n'est pas une URL de webhook : donnez une adresse http:// ou https://
refusal-value-feed-user = les objets arrivent au nom d'un utilisateur du membre '{ $value }' ; nommez-en un
refusal-password-too-short = un mot de passe compte au moins 12 caractères ; quelques mots sans rapport entre eux en font un bon
refusal-password-too-long = un mot de passe compte au plus 256 caractères
refusal-password-length = un mot de passe compte de 12 à 256 caractères
refusal-feed-interval = l'intervalle entre deux récupérations doit être compris entre 10 secondes et 30 jours
not-active-notice = Votre organisation, { $member }, a le statut « { $status } » : le renseignement, la gouvernance et les réunions du centre s'ouvriront à ses agents lorsqu'elle sera membre ou observateur. D'ici là, vous pouvez gérer votre compte ici ; le secrétariat du centre vous en dira plus.
refusal-value-applicant-users = '{ $value }' est candidat : ses agents reçoivent un compte une fois que les membres l'ont admis
vocab-activist = activiste
vocab-competitor = concurrent
vocab-crime-syndicate = syndicat du crime
vocab-criminal = criminel
vocab-hacker = pirate informatique
vocab-insider-accidental = initié involontaire
vocab-insider-disgruntled = initié mécontent
vocab-nation-state = État
vocab-sensationalist = sensationnaliste
vocab-spy = espion
vocab-terrorist = terroriste
vocab-unknown = inconnu
vocab-anomalous-activity = activité anormale
vocab-anonymization = anonymisation
vocab-benign = bénin
vocab-compromised = compromis
vocab-malicious-activity = activité malveillante
vocab-attribution = attribution
vocab-threat-report = rapport sur la menace
rfi-ask-liaison-only = Les demandes d'information sont envoyées et traitées par les officiers de liaison de chaque membre ; demandez à l'un de vos officiers de liaison d'en envoyer une.
nav-notifications = Notifications
notices-title = Notifications
notices-intro = Ce qui a été signalé à votre organisation, du plus récent au plus ancien. La page d'accueil liste ce qui est nouveau depuis votre dernière visite ici.
notices-new = Nouveau
home-news = Nouveautés pour votre organisation
home-news-all = Toutes les notifications
notice-rfi = { $from } pose une question ({ $priority }), réponse attendue au plus tard le { $deadline }
notice-rfi-answer = { $from } a répondu à une demande d'information de votre organisation
notice-rfi-reminder = Une demande d'information adressée à votre organisation arrive à échéance le { $deadline }
notice-release-request = { $from } demande à votre organisation de diffuser du renseignement à { $to }
notice-release-decision = { $originator } a statué sur la demande de diffusion de votre organisation : { $status }
notice-hit = { $asked_by } a interrogé une valeur figurant dans du renseignement de votre organisation qui ne lui est pas diffusé
notice-meeting = Réunion convoquée : { $title }
notice-meeting-minutes = Procès-verbal de { $title }
notice-meeting-agenda = Nouveau point à l'ordre du jour de { $title } : { $item }
notice-meeting-decision = Décidé lors de { $title } : { $item }
notice-action-item = Une action pour votre organisation : { $title }, échéance le { $due }
notice-statistics = Statistiques publiées : { $title }
notice-other = Notification : { $kind }

requests-title = Demandes de diffusion
requests-intro = Les demandes que votre organisation a adressées à d'autres membres pour du renseignement qu'elle ne peut pas encore lire, et celles que d'autres membres lui ont adressées. Vos officiers de liaison tranchent celles qui vous sont adressées.
requests-none = Votre organisation n'a envoyé ni reçu aucune demande de diffusion.
requests-way = Sens
requests-asked-of-us = reçue
requests-sent-by-us = envoyée
requests-asked-on = Demandée le
requests-what = Objet de la demande
requests-decision = Décision
home-requests-all = Toutes les demandes de diffusion
members-summary = { $members ->
    [one] Un membre est
   *[other] { $members } membres sont
} en règle, sur { $known } que le centre a connus.
members-all = Tous les membres, avec leur statut et leurs demandes d'adhésion
members-back = Retour à la gouvernance

error-next-401 = Votre session a pris fin ou vous n'êtes pas encore connecté. Connectez-vous, puis rouvrez la page.
error-next-403 = Vos rôles ne le permettent pas. C'est l'administrateur de votre organisation qui attribue les rôles ; adressez-vous à lui si votre travail l'exige.
error-next-404 = Cela n'existe pas ici, ou n'a pas été diffusé à votre organisation. Cherchez-le, ou demandez sa diffusion à son émetteur.
error-next-413 = L'envoi dépasse ce que cette page accepte. Envoyez-le en plusieurs parties.
error-next-429 = Trop de tentatives en peu de temps. Patientez une minute, puis réessayez.
error-next-500 = Rien de ce qui avait déjà été accepté n'est perdu. Réessayez ; si cela se reproduit, signalez l'heure de l'incident aux administrateurs du centre.
error-next-503 = Le centre est momentanément occupé. Patientez quelques secondes, puis réessayez.

applications-open = Demandes d'adhésion soumises au vote des membres
applications-all = Toutes les demandes d'adhésion et leur issue
application-applicant = Candidat
application-applied-on = Déposée le

refusal-value-cannot-be-asked = '{ $value }' ne peut pas être sollicité : son statut est « { $member_status } »
refusal-value-rfi-closed = cette demande d'information est { $rfi_status } ; elle n'accepte plus de réponse
refusal-value-rfi-already = cette demande d'information est déjà { $rfi_status }
refusal-value-cannot-vote = votre organisation ne peut pas voter : son statut est « { $member_status } »
refusal-value-request-decided = cette demande a déjà été { $release_status }
refusal-value-applicant-by-vote = '{ $value }' est candidat ; il devient membre par un vote d'admission, non par une commande
refusal-value-founding = seul un membre peut être membre fondateur ; le statut de '{ $value }' est « { $member_status } »
refusal-value-invited = le statut de '{ $value }' est « { $member_status } » ; seuls les membres et les observateurs sont invités
refusal-value-presidency = la présidence revient à un membre en règle ; le statut de '{ $value }' est « { $member_status } »
refusal-value-identity-registered = { $value } est déjà enregistrée au nom d'un membre
refusal-value-identity-of = { $value } est déjà une identité du membre '{ $member }'
refusal-value-identity-kind = '{ $value }' est de type « { $kind } » ; un membre signe en tant qu'identité (identity--UUID)
refusal-value-feed-exists = un flux nommé '{ $value }' existe déjà
refusal-value-feed-user-disabled = l'utilisateur du flux, '{ $value }', est désactivé ; nommez-en un autre avec `liaison feed` ou réactivez-le
refusal-analysts-only = partager du renseignement, des observations, des résultats, des traductions et des demandes de diffusion relève du travail d'un analyste ; demandez le rôle d'analyste à l'administrateur de votre organisation
refusal-value-feed-user-analyst = les objets arrivent au nom d'un analyste du membre '{ $value }' ; donnez le rôle d'analyste à '{ $user }' ou nommez un autre utilisateur
refusal-value-user-exists = un utilisateur nommé '{ $value }' existe déjà
refusal-value-member-exists = un membre nommé '{ $value }' existe déjà
refusal-value-organisation-known = une organisation nommée '{ $value }' est déjà connue du centre
refusal-value-collection-exists = une collection d'alias '{ $value }' existe déjà
refusal-value-group-exists = un groupe de partage nommé '{ $value }' existe déjà
refusal-value-not-tracked = { $value } est de type « { $kind } » ; les statuts ne sont tenus que pour les acteurs de la menace, les modes opératoires et les campagnes
refusal-value-bad-name = '{ $value }' n'est pas un nom valide de { $what } : utilisez 2 à 64 caractères parmi a-z, 0-9, « - », « _ » et « . »
refusal-value-throttled = trop de tentatives échouées depuis ce poste ou pour ce compte ; réessayez dans { $seconds } s
refusal-value-hits-limit = votre organisation a posé { $asked } interrogations concordance/non-concordance au cours de la dernière heure, le maximum permis par ce centre ({ $limit }) ; réessayez plus tard
refusal-value-webhook-network = { $value } est une adresse de bouclage, privée, de lien local ou de métadonnées cloud, que le centre ne joint pas sauf si son administrateur autorise ce réseau (`liaison network allow`)
refusal-value-pem = ce n'est pas un certificat PEM ({ $why }) ; donnez le texte de -----BEGIN CERTIFICATE----- à -----END CERTIFICATE-----
name-kind-member = membre
name-kind-user = utilisateur
name-kind-feed = flux
name-kind-collection-alias = alias de collection
name-kind-sharing-group = groupe de partage

actions-title = Actions à mener
actions-intro = Ce que les réunions ont demandé à chaque membre, et pour quand. Les agents du membre désigné, la présidence et le secrétariat marquent une action comme réalisée ou annulée.
actions-meeting = Réunion
actions-due = Échéance
actions-close = Clôturer
actions-all = Toutes les actions à mener
actions-ours = Toutes nos actions à mener
action-status-overdue = en retard
action-mark-done = Réalisée
done-action-done = L'action est marquée comme réalisée.
done-action-cancelled = L'action est annulée.
meeting-due-label = Échéance (votre heure, { $zone })

refusal-actor-narrower-than-report = votre groupe de ce nom est diffusé à moins de lecteurs que ce rapport, qui ne le verraient que comme un identifiant : ne diffusez pas le rapport plus largement que le groupe, ou donnez un autre nom au nouveau groupe
refusal-location-narrower-than-report = votre lieu de ce nom est diffusé à moins de lecteurs que ce rapport, qui ne le verraient que comme un identifiant : ne diffusez pas le rapport plus largement que le lieu, ou donnez un autre nom au nouveau lieu

member-change-status = Changement de statut
member-status-reason = Motif (conservé dans son historique)
member-status-change = Changer
member-add = Ajouter un membre
member-add-founding = Membre fondateur
member-add-hint = Un membre ajouté ici rejoint le centre aussitôt ; une organisation qui demande son adhésion est enregistrée sur la page des demandes d'adhésion et les membres votent.
member-add-submit = Ajouter le membre
done-member-added = Le membre est ajouté. Ses administrateurs peuvent maintenant être invités depuis la page des utilisateurs.
done-member-status = Le statut du membre est changé, et le motif conservé dans son historique.
presidency-appoint = Désigner la prochaine présidence
presidency-appoint-hint = Le mandat commence à la fin du mandat en cours (maintenant s'il n'y en a pas) et dure ce que prévoit la règle de présidence.
presidency-basis = Sur quel fondement (une décision, une réunion)
presidency-basis-none = désignée par les administrateurs du centre
presidency-appoint-submit = Désigner
done-appointed = La présidence est désignée.

rfi-asked-of = Adressée à { $members }
rfi-close = Clôturer la demande
rfi-close-hint = Plus aucune réponse n'est acceptée ; celles déjà données restent.
done-rfi-closed = La demande d'information est clôturée.
done-rfi-sent = La demande d'information est envoyée ; les membres sollicités sont prévenus, et leurs réponses arrivent ici.
done-rfi-answered = Votre réponse est envoyée ; le membre demandeur est prévenu.

release-answer = Réponse (facultative ; le demandeur la lit)
action-mark-cancelled-long = Annuler l'action
invite-applicant = Ce membre est encore candidat : ses agents sont invités une fois que les membres l'ont admis.
notice-meeting-decision-to-vote = Soumis au vote des membres lors de { $title } : { $item }
application-contact-is = Contact : { $contact }
audit-dates-reversed = Cette date précède la première : inversez-les, ou videz l'une d'elles.

refusal-value-not-found = Introuvable, ou non visible pour vous : { $thing }
thing-object = objet
thing-user = utilisateur
thing-collection = collection
thing-RFI = demande d'information
thing-member = membre
thing-token = jeton
thing-status = statut
thing-sharing-group = groupe de partage
thing-release-request = demande de diffusion
thing-published-report = rapport publié
thing-meeting = réunion
thing-webhook = webhook
thing-vote = vote
thing-session = session
thing-member-identity = identité de membre
thing-feed = flux
thing-certificate = certificat
thing-application = demande d'adhésion
thing-agenda-item = point de l'ordre du jour
thing-action-item = action à mener

refusal-value-not-ipv4 = '{ $value }' n'est pas une adresse IPv4 : chacun de ses quatre nombres va de 0 à 255
refusal-value-not-observable = '{ $value }' n'est ni une adresse IP, ni un domaine, ni une URL, ni une adresse électronique, ni une empreinte MD5/SHA-1/SHA-256/SHA-512
refusal-separator = {" ; "}
marking-release-list = liste de diffusion
refusal-secretariat-status = le secrétariat garde son statut : le suspendre ou le retirer priverait les administrateurs du centre de tout accès
refusal-value-action-closed = cette action est déjà { $action_status }
refusal-release-asked-already = votre organisation l'a déjà demandé, et la demande attend encore la décision de l'émetteur ; elle figure sur la page des demandes de diffusion
stat-automatic-title = Statistiques du { $from } au { $to }
meeting-minutes-hint = Rédigez en Markdown : titres, listes, liens, mise en valeur. Le HTML saisi n'est pas repris dans le procès-verbal.
sighting-recorded = (enregistrée le { $date })
nav-operations = Opérations
nav-joint-operations = Opérations conjointes
operations-title = Opérations et déconfliction
operations-intro = Enregistrez ici les opérations de votre organisation, avec les sélecteurs de leurs cibles et leurs événements prévus. Aucun autre membre ne les voit. Quand une opération active d'un autre membre contient l'un des mêmes sélecteurs, ou prévoit un événement proche dans l'espace et le temps, vous en êtes avertis tous les deux aussitôt, avec la personne à appeler, et rien de plus.
operations-ours = Nos opérations
operations-none = Votre organisation n'a encore enregistré aucune opération.
operations-all = Toutes nos opérations
operation-name = Nom (visible uniquement par votre organisation)
operation-contact = Point de contact
operation-contact-help = Qui un autre membre appelle si son travail rencontre cette opération : un service et un numéro de téléphone. C'est tout ce que l'autre membre apprend.
operation-registered = Enregistrée
operation-register = Enregistrer une opération
operation-register-help = Donnez-lui un nom que vos équipes connaissent et un point de contact ; ajoutez ensuite ses sélecteurs et ses événements.
operation-register-button = Enregistrer l'opération
operation-registered-on = enregistrée le { $date }
operation-closed-on = close le { $date }
operation-status-active = active
operation-status-closed = close
operation-selectors = Sélecteurs
operation-selectors-kept = Chaque valeur n'est conservée que sous forme d'empreinte à clé : personne, pas même votre organisation, ne peut la relire ici. Gardez votre propre liste ; votre référence vous indique laquelle a correspondu.
operation-selectors-none = Aucun sélecteur pour l'instant.
selector-kind = Nature
selector-reference = Votre référence
selector-lines = Sélecteurs, un par ligne : nature, valeur, référence
selector-lines-help = Natures : phone (forme internationale, +44 20 7946 0958), email, iban, plate (immatriculation), ip, domain, identifier (passeport, carte d'identité, numéro d'immatriculation) ou object (un identifiant STIX que vous pouvez voir). La référence est facultative. Une ligne erronée est signalée, et rien de la liste n'est enregistré tant qu'elle n'est pas corrigée.
selector-add = Enregistrer ces sélecteurs
selector-kind-phone = numéro de téléphone
selector-kind-email = adresse électronique
selector-kind-iban = IBAN
selector-kind-plate = plaque d'immatriculation
selector-kind-ip = adresse IP
selector-kind-domain = domaine
selector-kind-identifier = identifiant
selector-kind-object = objet de renseignement
operation-events = Événements prévus
operation-events-help = Où et quand vos équipes vont agir. Un événement d'un autre membre dont le cercle et l'horaire chevauchent les vôtres est un conflit, et vous en êtes avertis tous les deux aussitôt.
operation-events-none = Aucun événement prévu pour l'instant.
event-kind = Nature de l'événement
event-place = Lieu
event-starts = Début
event-ends = Fin
event-starts-label = Début ({ $zone })
event-ends-label = Fin ({ $zone })
event-latitude = Latitude (-90 à 90)
event-longitude = Longitude (-180 à 180)
event-location = Ou un lieu que vous pouvez voir, par son identifiant (ses coordonnées sont reprises)
event-radius = Rayon en mètres
event-add = Enregistrer cet événement
event-kind-surveillance = surveillance
event-kind-search = perquisition
event-kind-arrest = interpellation
event-kind-undercover_meeting = rencontre sous couverture
event-kind-other = autre
operation-close = Clore l'opération
operation-close-help = Une opération close ne correspond plus à rien et ne peut pas être rouverte.
operation-close-confirm = Cette opération est terminée
operation-close-button = Clore l'opération
deconflictions-title = Déconflictions
deconflictions-all = { $count ->
    [one] La déconfliction
   *[other] Les { $count } déconflictions
}
deconflictions-intro = Là où les opérations de votre organisation ont rencontré celles d'un autre membre : la même cible, ou des événements proches dans l'espace et dans le temps. Appelez le contact indiqué ; rien d'autre de son opération n'est montré.
deconflictions-none = Aucune opération de votre organisation n'a rencontré celle d'un autre membre.
deconflictions-none-here = Cette opération n'a rencontré celle d'aucun autre membre.
deconfliction-when = Quand
deconfliction-kind = Ce qui s'est rencontré
deconfliction-ours = Notre opération
deconfliction-other = Autre membre
deconfliction-call = Appeler
deconfliction-kind-target = la même cible
deconfliction-kind-event = des événements proches dans l'espace et le temps
done-operation-registered = L'opération est enregistrée. Ajoutez ci-dessous ses sélecteurs et ses événements.
done-operation-closed = L'opération est close : elle ne correspond plus à rien.
done-operation-selectors = Sélecteurs enregistrés : { $count }. Aucun n'a rencontré l'opération d'un autre membre.
done-operation-selectors-met = Sélecteurs enregistrés : { $count }. Déconflictions : { $met }. Voyez ci-dessous qui appeler.
done-operation-events = Événements enregistrés : { $count }. Aucun n'a rencontré l'opération d'un autre membre.
done-operation-events-met = Événements enregistrés : { $count }. Déconflictions : { $met }. Voyez ci-dessous qui appeler.
notice-deconfliction = { $other } travaille sur { $match } que votre opération { $operation } : appelez { $contact }
input-field-kind = nature
input-field-value = valeur
input-field-reference = référence
input-field-latitude = lieu
input-field-location = lieu
input-field-radius_m = rayon
input-field-starts = début
input-field-ends = fin
refusal-operation-name = une opération a besoin d'un nom de 200 caractères au plus, que seule votre organisation voit
refusal-operation-contact = indiquez un point de contact qu'un autre membre pourra appeler si son travail rencontre le vôtre (3 à 300 caractères)
refusal-operation-role = les opérations sont enregistrées et lues par les analystes et les officiers de liaison d'un membre
refusal-operation-closed-already = cette opération est déjà close
refusal-operation-closed = cette opération est close : enregistrez une autre opération pour un nouveau travail
refusal-lines-empty = la liste est vide : donnez au moins une ligne
refusal-lines-too-many = envoyez au plus 10000 lignes à la fois (`liaison operation import` envoie un fichier en plusieurs parties)
refusal-lines-nothing-stored = rien de cette liste n'a été enregistré : corrigez ces lignes et renvoyez-la
refusal-deconfliction-key = ce nœud a été démarré sans sa clé de déconfliction ; demandez à l'exploitant de le démarrer avec le fichier de clé de déconfliction du centre
refusal-reference-long = une référence compte 200 caractères au plus
refusal-event-place = indiquez un lieu : soit une latitude (-90 à 90) et une longitude (-180 à 180), soit l'identifiant d'un objet location
refusal-event-radius = le rayon est supérieur à 0 et de 50000 mètres au plus
refusal-event-times = indiquez le début et la fin par une date et une heure, comme 2027-03-01T06:00:00Z
refusal-event-order = un événement finit après avoir commencé, et dure 31 jours au plus
refusal-value-empty = la valeur est vide
refusal-operation-confirm = cochez la case pour confirmer que l'opération est terminée : une opération close ne correspond plus à rien
refusal-value-line = ligne { $line }, { $field } : { $why }
refusal-value-lines-more = et { $count } de plus
refusal-value-selector-kind = '{ $value }' n'est pas une nature de sélecteur : utilisez phone, email, iban, plate, ip, domain, identifier ou object
refusal-value-event-kind = '{ $value }' n'est pas une nature d'événement : utilisez surveillance, search, arrest, undercover_meeting ou other
refusal-value-selector-object = aucun objet que vous pouvez voir n'a l'identifiant '{ $value }'
refusal-value-event-location = aucun objet location avec coordonnées que vous pouvez voir n'a l'identifiant '{ $value }'
refusal-value-phone-chars = '{ $value }' n'est pas un numéro de téléphone : utilisez des chiffres, des espaces, « + », « - », « . » et des parenthèses
refusal-value-phone-international = '{ $value }' n'est pas sous forme internationale : écrivez-le avec son indicatif de pays, comme +44 20 7946 0958
refusal-value-phone-e164 = '{ $value }' n'est pas un numéro E.164 : un indicatif de pays (ne commençant pas par 0) et 8 à 15 chiffres en tout
refusal-value-email = '{ $value }' n'est pas une adresse électronique : écrivez-la comme nom@example.org
refusal-value-iban = '{ $value }' n'est pas un IBAN valide : deux lettres, deux chiffres de contrôle et jusqu'à 30 lettres et chiffres dont les chiffres de contrôle concordent
refusal-value-plate = '{ $value }' n'est pas une plaque d'immatriculation : 2 à 12 lettres et chiffres
refusal-value-selector-ip = '{ $value }' n'est pas une adresse IP : écrivez-la comme 198.51.100.7 ou 2001:db8::1
refusal-value-selector-domain = '{ $value }' n'est pas un nom de domaine : écrivez-le comme example.org
refusal-value-identifier = '{ $value }' est trop court pour identifier quiconque : au moins 3 lettres ou chiffres
refusal-value-stix-id = '{ $value }' n'est pas un identifiant STIX : écrivez-le comme threat-actor--<uuid>
notice-intelligence-match-operation = Du renseignement partagé par { $other } nomme une cible de votre opération { $operation } : { $object }
notice-intelligence-match-intelligence = { $other } mène une opération sur une cible que nomme votre renseignement { $object } : appelez { $contact }
thing-operation = opération
thing-joint-operation = opération conjointe
thing-task = tâche
refusal-joint-title = une opération conjointe a besoin d'un titre de 200 caractères au plus, que seuls ses participants voient
refusal-joint-objectives = les objectifs comptent 10 000 caractères au plus
refusal-value-joint-invitees = invitez d'autres membres actifs par leur nom court ; ceux-ci n'en sont pas : { $value }
refusal-joint-task-title = une tâche a besoin d'un titre de 300 caractères au plus
refusal-joint-task-member = confiez la tâche à un membre qui participe à l'opération conjointe
refusal-joint-entry = écrivez ce qui s'est passé, en 4 000 caractères au plus
refusal-joint-task-status = clôturez une tâche comme réalisée ou annulée
refusal-joint-role = les opérations conjointes sont menées par les analystes et les officiers de liaison d'un membre
refusal-joint-accept-first = acceptez d'abord l'invitation : seuls les membres participants agissent dans une opération conjointe
refusal-joint-lead-only = seul le membre chef de file invite des membres et clôt une opération conjointe
refusal-joint-task-others = le chef de file confie des tâches aux autres ; un membre ajoute les siennes
refusal-joint-task-closer = une tâche est clôturée par le membre à qui elle a été confiée, ou par le chef de file
refusal-joint-concluded = cette opération conjointe est close
refusal-joint-answered = votre organisation a déjà répondu à cette invitation
refusal-joint-task-closed = cette tâche est déjà clôturée
notice-joint-operation = Opération conjointe { $title } : { $change }
joint-change-invited = votre organisation est invitée à y participer
joint-change-accepted = un membre a accepté d'y participer
joint-change-declined = un membre a décliné
joint-change-outcome = un résultat a été enregistré
joint-change-concluded = le chef de file l'a close
joints-title = Opérations conjointes
joints-intro = Les membres qui conviennent d'agir ensemble ouvrent une opération conjointe : un membre chef de file, les membres invités, des objectifs, des tâches par membre, une chronologie, le renseignement concerné et les résultats. Seuls les membres participants la lisent ; chacun ne voit le renseignement que dans la mesure où il lui est diffusé. La présidence voit qu'elle existe et où elle en est.
joints-ours = Les nôtres
joints-none = Votre organisation ne participe à aucune opération conjointe.
joints-all = Toutes les opérations conjointes
joints-overview = Toutes les opérations conjointes du centre
joints-overview-help = Ce que voient la présidence et le secrétariat : que chacune existe et où elle en est, jamais son titre, ses membres ni son contenu.
joints-none-center = Aucune opération conjointe n'a été ouverte.
joint-title = Titre (visible uniquement par les participants)
joint-lead = Chef de file
joint-participants = Membres
joint-state-invited = invité
joint-state-accepted = participant
joint-state-declined = a décliné
joint-status-active = active
joint-status-concluded = close
joint-open = Ouvrir une opération conjointe
joint-objectives = Objectifs
joint-invite = Membres à inviter
joint-open-button = Ouvrir l'opération conjointe
joint-opened = Ouverte
joint-outcomes = Résultats
joint-led-by = menée par { $member }
joint-opened-on = ouverte le { $date }
joint-invitation = Votre organisation est invitée
joint-accept = Participer
joint-decline = Décliner
joint-invite-button = Les inviter
joint-tasks = Tâches
joint-tasks-none = Aucune tâche pour l'instant.
joint-task = Tâche
joint-task-add = Ajouter la tâche
joint-timeline = Chronologie
joint-timeline-none = Rien d'enregistré pour l'instant.
joint-entry = Ce qui s'est passé
joint-entry-add = Ajouter à la chronologie
joint-intelligence = Groupes et renseignement concernés
joint-intelligence-none = Rien de lié pour l'instant.
joint-withheld = Renseignement lié non diffusé à votre organisation : { $count }
joint-link = L'identifiant d'un groupe ou d'un renseignement que vous pouvez voir
joint-link-button = Le lier
joint-outcomes-none = Aucun résultat enregistré pour l'instant.
joint-occurred-label = Date ({ $zone })
joint-outcome-from = Le renseignement qui y a conduit
joint-conclude = Clore l'opération conjointe
joint-conclude-confirm = Cette opération conjointe est terminée
joint-conclude-button = La clore
done-joint-opened = L'opération conjointe est ouverte ; les membres invités en sont avertis.
done-joint-answered = Votre réponse est enregistrée.
done-joint-invited = Les membres sont invités et avertis.
done-joint-task = La tâche est ajoutée.
done-joint-task-closed = La tâche est clôturée.
done-joint-entry = Ajouté à la chronologie.
done-joint-linked = Lié : chaque participant le voit dans la mesure où il lui est diffusé.
done-joint-outcome = Le résultat est enregistré ; les statistiques le comptent.
done-joint-concluded = L'opération conjointe est close.
refusal-joint-unknown-object = aucun objet que vous pouvez voir n'a cet identifiant
refusal-joint-confirm = cochez la case pour confirmer que l'opération conjointe est terminée
meeting-link-joint = Opération conjointe n° { $id }
meeting-joint-stands = opération conjointe n° { $id } : { $status } ; membres participants : { $members } ; résultats : { $outcomes }
joint-propose = La proposer en réunion
joint-propose-no-meeting = Aucune réunion n'est prévue pour l'instant : la présidence les convoque.
joint-propose-note = Tous les membres lisent l'intitulé et les notes du point, et voient où en est l'opération (son numéro, son état, le nombre de membres participants et de résultats). Seuls les participants voient son titre.
joint-propose-meeting = Réunion à venir
joint-propose-title = Intitulé du point (lu par tous les membres)
joint-propose-notes = Notes (lues par tous les membres)
joint-propose-button = L'inscrire à l'ordre du jour
done-joint-proposed = Elle est inscrite à l'ordre du jour de la réunion ; les membres en sont informés.
stat-joint-operations = Opérations conjointes
stat-joint-note = Où en étaient les opérations conjointes sur la période. Elles sont numérotées, jamais nommées : titres, membres et contenu restent à leurs participants.
stat-joint_opened = Ouvertes sur la période
stat-joint_concluded = Closes sur la période
stat-joint_active = Actives à la fin de la période
stat-joint_outcomes = Leurs résultats sur la période
stat-joint-line = N° { $id } : { $status }, ouverte le { $opened } ; membres participants : { $members } ; résultats sur la période : { $outcomes }
refusal-joint-propose-title = le point a besoin d'un intitulé de 200 caractères au plus, que tous les membres lisent
refusal-joint-propose-notes = les notes font au plus 10 000 caractères
refusal-joint-propose-over = cette réunion est terminée : proposez l'opération conjointe à une réunion à venir
refusal-joint-propose-meeting = choisissez la réunion à venir où la proposer
refusal-value-operations-budget = les opérations de votre organisation ont enregistré { $done } sélecteurs et événements au cours de la dernière heure, alors que ce centre en permet { $limit } par heure (pour que nul ne puisse découvrir ce que d'autres poursuivent en essayant des valeurs) ; enregistrez ces { $adding } éléments plus tard, ou faites importer la liste par les opérateurs du centre (liaison operation import)
notice-release = { $originator } a diffusé du renseignement à votre organisation
object-release-further = Diffuser à un autre membre
object-release-further-help = Le membre choisi peut désormais lire cet objet, dans toutes ses versions, ainsi que les éléments de votre organisation en TLP:AMBER auxquels il renvoie (les indicateurs, le groupe et le lieu d'un rapport), et en est informé. Une diffusion ne peut pas être retirée.
object-release-member = Membre
object-release-note = Un mot pour ce membre (facultatif)
object-release-button = Diffuser
object-done-released = L'objet est diffusé au membre choisi, qui en est informé.
requests-released-by-us = diffusée par nous
refusal-release-by-liaison-officers = le renseignement de votre organisation est diffusé plus largement par ses officiers de liaison ; adressez-vous à l'un d'eux
refusal-object-id-not-own = un autre membre a partagé cet objet, et lui seul peut le diffuser plus largement : adressez-lui une demande de diffusion
refusal-release-red-named = le renseignement TLP:RED ne parvient qu'aux personnes qu'il nomme : transmettez une nouvelle version qui nomme les autres
refusal-release-open-already = tous les membres lisent déjà le renseignement TLP:CLEAR et TLP:GREEN
refusal-target-required = indiquez le membre auquel diffuser
refusal-display-name-taken = le membre « { $name } » s'appelle déjà « { $display_name } » : donnez à celui-ci un nom que l'on distingue, par exemple avec son pays
refusal-release-orcon = il renvoie à { $id }, que le membre « { $owner } » a diffusé sous contrôle de l'émetteur (ORCON) à moins de membres que cette diffusion n'en atteindrait ; demandez d'abord à ce membre de le leur diffuser
refusal-value-required = indiquez la valeur dont le renseignement est diffusé
refusal-target-not-in-good-standing = le renseignement n'est diffusé qu'aux membres et observateurs du centre
