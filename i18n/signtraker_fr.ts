<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AgentColumns</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>AgentSchema</name>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Cell phone</source>
        <translation>Cellulaire</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Téléphone du bureau</translation>
    </message>
    <message>
        <source>CC email</source>
        <translation>Courriel en copie (CC)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Street 2</source>
        <translation>Rue (ligne 2)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Province ou État</translation>
    </message>
    <message>
        <source>Zip</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Default post type</source>
        <translation>Type de poteau par défaut</translation>
    </message>
    <message>
        <source>Payment mode</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Basic install price</source>
        <translation>Prix d&apos;installation de base</translation>
    </message>
    <message>
        <source>Enable subscription</source>
        <translation>Activer l&apos;abonnement</translation>
    </message>
    <message>
        <source>Subscription price</source>
        <translation>Prix de l&apos;abonnement</translation>
    </message>
    <message>
        <source>Broker ID</source>
        <translation>N° de courtier</translation>
    </message>
    <message>
        <source>Receive marketing emails</source>
        <translation>Recevoir les courriels promotionnels</translation>
    </message>
    <message>
        <source>Terms accepted</source>
        <translation>Conditions acceptées</translation>
    </message>
    <message>
        <source>Discount level</source>
        <translation>Niveau de rabais</translation>
    </message>
    <message>
        <source>Enable rebills</source>
        <translation>Activer la refacturation</translation>
    </message>
    <message>
        <source>Initial rental duration</source>
        <translation>Durée de location initiale</translation>
    </message>
    <message>
        <source>Rebill interval</source>
        <translation>Intervalle de refacturation</translation>
    </message>
    <message>
        <source>Rebill warning lead time</source>
        <translation>Préavis de refacturation</translation>
    </message>
    <message>
        <source>Is payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Disable staff billing emails</source>
        <translation>Désactiver les courriels de facturation du personnel</translation>
    </message>
    <message>
        <source>CC staff</source>
        <translation>Personnel en copie (CC)</translation>
    </message>
    <message>
        <source>CC delegates</source>
        <translation>Délégués en copie (CC)</translation>
    </message>
    <message>
        <source>Is virtual</source>
        <translation>Virtuel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Email confirmed</source>
        <translation>Courriel confirmé</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Invitation envoyée</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Is manager</source>
        <translation>Est gestionnaire</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>Ce n&apos;est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>A whole number, 0 or more.</source>
        <translation>Un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
        <source>A number, 0 or more.</source>
        <translation>Un nombre, 0 ou plus.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Office and manager</source>
        <translation>Bureau et gestionnaire</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Manager data</source>
        <translation>Données du gestionnaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Two letters, such as TX.</source>
        <translation>Deux lettres, par exemple QC.</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>L&apos;une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Yes or no.</source>
        <translation>Oui ou non.</translation>
    </message>
    <message>
        <source>Choose an entry from the list, or type an Id.</source>
        <translation>Choisissez une entrée dans la liste, ou saisissez un Id.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>LocalAgentsSource</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no local copy.</source>
        <translation>Il n&apos;y a aucune copie locale.</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
</context>
<context>
    <name>QualityReport</name>
    <message>
        <source>%1 has a subscription enabled but no subscription price.</source>
        <translation>%1 a un abonnement activé mais aucun prix d&apos;abonnement.</translation>
    </message>
    <message>
        <source>%1, %2 &quot;%3&quot;: %4</source>
        <translation>%1, %2 «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
    <message>
        <source>any of the service&apos;s countries (US, CA, AU)</source>
        <translation>aucun des pays du service (US, CA, AU)</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a valid number in %4.</source>
        <translation>%1, %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas un numéro valide pour %4.</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a valid number in %4; &quot;%5&quot; is.</source>
        <translation>%1, %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas un numéro valide pour %4; «&#xa0;%5&#xa0;» l&apos;est.</translation>
    </message>
    <message>
        <source>%1 has no office.</source>
        <translation>%1 n&apos;a aucun bureau.</translation>
    </message>
    <message>
        <source>The office #%1 of %2 does not exist.</source>
        <translation>Le bureau nº %1 de %2 n&apos;existe pas.</translation>
    </message>
    <message numerus="yes">
        <source>Manager #%1 does not exist; %n agent(s) name them as their manager.</source>
        <translation>
            <numerusform>Le gestionnaire nº %1 n&apos;existe pas; %n agent l&apos;indique comme gestionnaire.</numerusform>
            <numerusform>Le gestionnaire nº %1 n&apos;existe pas; %n agents l&apos;indiquent comme gestionnaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Manager #%1 is inactive while %n active agent(s) report to them.</source>
        <translation>
            <numerusform>Le gestionnaire nº %1 est inactif alors que %n agent actif relève de lui.</numerusform>
            <numerusform>Le gestionnaire nº %1 est inactif alors que %n agents actifs relèvent de lui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The e-mail address %1 is on %n agents.</source>
        <translation>
            <numerusform>L&apos;adresse courriel %1 figure sur %n agent.</numerusform>
            <numerusform>L&apos;adresse courriel %1 figure sur %n agents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The user name %1 is on %n agents.</source>
        <translation>
            <numerusform>Le nom d&apos;utilisateur %1 figure sur %n agent.</numerusform>
            <numerusform>Le nom d&apos;utilisateur %1 figure sur %n agents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cell phone %1 is on %n agents.</source>
        <translation>
            <numerusform>Le cellulaire %1 figure sur %n agent.</numerusform>
            <numerusform>Le cellulaire %1 figure sur %n agents.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same e-mail address is on several agents.</source>
        <translation>La même adresse courriel figure sur plusieurs agents.</translation>
    </message>
    <message>
        <source>The same user name is on several agents.</source>
        <translation>Le même nom d&apos;utilisateur figure sur plusieurs agents.</translation>
    </message>
    <message>
        <source>The same cell phone number is on several agents.</source>
        <translation>Le même numéro de cellulaire figure sur plusieurs agents.</translation>
    </message>
    <message>
        <source>An e-mail address is not a valid address.</source>
        <translation>Une adresse courriel n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>A phone number is not valid for the agent&apos;s country.</source>
        <translation>Un numéro de téléphone n&apos;est pas valide pour le pays de l&apos;agent.</translation>
    </message>
    <message>
        <source>An agent has no office, or an office that does not exist.</source>
        <translation>Un agent n&apos;a aucun bureau, ou un bureau qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Agents name a manager who does not exist.</source>
        <translation>Des agents indiquent un gestionnaire qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A manager is inactive while active agents report to them.</source>
        <translation>Un gestionnaire est inactif alors que des agents actifs relèvent de lui.</translation>
    </message>
    <message>
        <source>A subscription is enabled without a price.</source>
        <translation>Un abonnement est activé sans prix.</translation>
    </message>
</context>
<context>
    <name>RosterFile</name>
    <message>
        <source>A quote opened on line %1 is never closed.</source>
        <translation>Un guillemet ouvert à la ligne %1 n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>Le fichier n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
</context>
<context>
    <name>RosterPlanner</name>
    <message>
        <source>The roster has no Email column to match agents by.</source>
        <translation>La liste des agents n&apos;a pas de colonne Email pour apparier les agents.</translation>
    </message>
    <message>
        <source>There is no connection.</source>
        <translation>Il n&apos;y a aucune connexion.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Find, create, correct, activate and deactivate the agents of a SignTraker tenant.</source>
        <translation>Trouvez, créez, corrigez, activez et désactivez les agents d&apos;une instance SignTraker.</translation>
    </message>
    <message>
        <source>Run against a built-in simulator with 2,500 made-up agents. No account needed; nothing is sent anywhere.</source>
        <translation>Utiliser un simulateur intégré avec 2&#xa0;500 agents fictifs. Aucun compte requis; rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>The tenant&apos;s base URL.</source>
        <translation>L&apos;URL de base de l&apos;instance.</translation>
    </message>
    <message>
        <source>The tenant&apos;s subdomain (NAME.signtraker.com).</source>
        <translation>Le sous-domaine de l&apos;instance (NAME.signtraker.com).</translation>
    </message>
    <message>
        <source>Connect with a saved profile.</source>
        <translation>Se connecter avec un profil enregistré.</translation>
    </message>
    <message>
        <source>SignTraker Agents Admin</source>
        <translation>SignTraker Agents Admin</translation>
    </message>
    <message>
        <source>&amp;About SignTraker Agents Admin</source>
        <translation>À &amp;propos de SignTraker Agents Admin</translation>
    </message>
    <message>
        <source>The look: system (default), light or dark. Use dark where the desktop&apos;s dark mode does not reach Qt applications.</source>
        <translation>L&apos;apparence&#xa0;: system (par défaut), light (claire) ou dark (sombre). Utilisez dark là où le mode sombre du bureau ne s&apos;applique pas aux applications Qt.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;: use system, light or dark.</source>
        <translation>Thème inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez system, light ou dark.</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --base-url, --subdomain or --profile.</source>
        <translation>--demo ne peut pas être combiné avec --base-url, --subdomain ou --profile.</translation>
    </message>
    <message>
        <source>The demo simulator could not listen on 127.0.0.1.</source>
        <translation>Le simulateur de démonstration n&apos;a pas pu écouter sur 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>signtraker</name>
    <message>
        <source>The server&apos;s certificate is for another host name, not for %1.</source>
        <translation>Le certificat du serveur a été émis pour un autre nom d&apos;hôte, et non pour %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name (%1), not for %2.</source>
        <translation>Le certificat du serveur a été émis pour un autre nom d&apos;hôte (%1), et non pour %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Le certificat du serveur a expiré.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet; check this computer&apos;s clock.</source>
        <translation>Le certificat du serveur n&apos;est pas encore valide; vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation>Le certificat du serveur a été révoqué.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so nothing vouches for it.</source>
        <translation>Le certificat du serveur est autosigné; rien ne garantit donc son authenticité.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by an authority that this computer does not trust.</source>
        <translation>Le certificat du serveur a été émis par une autorité à laquelle cet ordinateur ne fait pas confiance.</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Le serveur n&apos;a envoyé aucun certificat.</translation>
    </message>
</context>
<context>
    <name>signtraker::AboutDialog</name>
    <message>
        <source>SignTraker Agents Admin</source>
        <translation>SignTraker Agents Admin</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Find, create, correct, activate and deactivate the real-estate agents of a SignTraker tenant.</source>
        <translation>Trouvez, créez, corrigez, activez et désactivez les agents immobiliers d&apos;une instance SignTraker.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Compilé avec Qt %1.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté sur Qt %2.</translation>
    </message>
    <message>
        <source>&amp;Copy Version Information</source>
        <translation>&amp;Copier les informations de version</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (révision %2)</translation>
    </message>
    <message>
        <source>Copyright © the SignTraker Agents Admin authors. Free software under the Apache License, Version 2.0.</source>
        <translation>Copyright © les auteurs de SignTraker Agents Admin. Logiciel libre distribué sous la licence Apache, version 2.0.</translation>
    </message>
</context>
<context>
    <name>signtraker::AgentCreation</name>
    <message>
        <source>The service answered the look-up by e-mail with other agents, so its answer proves nothing.</source>
        <translation>Le service a répondu à la recherche par adresse courriel avec d&apos;autres agents; sa réponse ne prouve donc rien.</translation>
    </message>
    <message>
        <source>The agent has no e-mail to look it up by.</source>
        <translation>L&apos;agent n&apos;a pas d&apos;adresse courriel permettant de le rechercher.</translation>
    </message>
</context>
<context>
    <name>signtraker::AgentCreationOutcome</name>
    <message>
        <source>%1 (Id %2)</source>
        <translation>%1 (Id %2)</translation>
    </message>
    <message>
        <source>The service did not answer the create, but the agent exists now: %1 was created.</source>
        <translation>Le service n&apos;a pas répondu à la création, mais l&apos;agent existe maintenant&#xa0;: %1 a été créé.</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>%1 a été créé.</translation>
    </message>
    <message>
        <source>An agent with this e-mail already exists: %1.</source>
        <translation>Un agent avec cette adresse courriel existe déjà&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The agent was not created: the service did not answer, and no new agent with the e-mail %1 exists. You can try again.</source>
        <translation>L&apos;agent n&apos;a pas été créé&#xa0;: le service n&apos;a pas répondu, et aucun nouvel agent avec l&apos;adresse courriel %1 n&apos;existe. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>Nothing was sent: the check for an agent with the same e-mail failed. %1</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: la recherche d&apos;un agent ayant la même adresse courriel a échoué. %1</translation>
    </message>
    <message>
        <source>The agent was not created: %1</source>
        <translation>L&apos;agent n&apos;a pas été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>It is not known whether the agent was created: the service did not answer the create, and looking for the e-mail %1 failed too (%2). Look for it before creating it again.</source>
        <translation>On ne sait pas si l&apos;agent a été créé&#xa0;: le service n&apos;a pas répondu à la création, et la recherche de l&apos;adresse courriel %1 a aussi échoué (%2). Recherchez-le avant de le créer de nouveau.</translation>
    </message>
</context>
<context>
    <name>signtraker::AllPagesWalker</name>
    <message numerus="yes">
        <source>The service sent too few new rows for %n requests; the list is incomplete.</source>
        <translation>
            <numerusform>Le service a envoyé trop peu de nouvelles lignes en %n requête; la liste est incomplète.</numerusform>
            <numerusform>Le service a envoyé trop peu de nouvelles lignes en %n requêtes; la liste est incomplète.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was closed; the list is incomplete.</source>
        <translation>La connexion a été fermée; la liste est incomplète.</translation>
    </message>
    <message>
        <source>The service answered something other than a list; the list is incomplete.</source>
        <translation>Le service a répondu autre chose qu&apos;une liste; la liste est incomplète.</translation>
    </message>
    <message>
        <source>The service sent a row without an Id; the list is incomplete.</source>
        <translation>Le service a envoyé une ligne sans Id; la liste est incomplète.</translation>
    </message>
    <message>
        <source>The service repeated a page of results; the list is incomplete.</source>
        <translation>Le service a répété une page de résultats; la liste est incomplète.</translation>
    </message>
</context>
<context>
    <name>signtraker::ApiError</name>
    <message>
        <source>The API key was refused (HTTP %1).</source>
        <translation>La clé d&apos;API a été refusée (HTTP %1).</translation>
    </message>
    <message>
        <source>The service rejected the request (HTTP %1).</source>
        <translation>Le service a rejeté la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The service has no such record (HTTP %1).</source>
        <translation>Cet enregistrement n&apos;existe pas sur le service (HTTP %1).</translation>
    </message>
    <message>
        <source>The service asked to slow down (HTTP %1).</source>
        <translation>Le service demande de ralentir (HTTP %1).</translation>
    </message>
    <message>
        <source>It can be tried again in %1 s.</source>
        <translation>Vous pourrez réessayer dans %1&#xa0;s.</translation>
    </message>
    <message>
        <source>The service failed to handle the request (HTTP %1).</source>
        <translation>Le service n&apos;a pas pu traiter la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The connection was refused</source>
        <translation>La connexion a été refusée</translation>
    </message>
    <message>
        <source>The host was not found</source>
        <translation>L&apos;hôte est introuvable</translation>
    </message>
    <message>
        <source>The secure connection failed</source>
        <translation>La connexion sécurisée a échoué</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>Le service n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer arrived</source>
        <translation>La connexion a été perdue avant l&apos;arrivée de la réponse</translation>
    </message>
    <message>
        <source>The service could not be reached</source>
        <translation>Le service est injoignable</translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be read.</source>
        <translation>La réponse du service est illisible.</translation>
    </message>
    <message>
        <source>The service redirected the request; it was not followed so that your key stays with your tenant.</source>
        <translation>Le service a redirigé la requête&#xa0;; la redirection n&apos;a pas été suivie afin que votre clé reste auprès de votre instance.</translation>
    </message>
    <message>
        <source>The service redirected the request to %1; it was not followed so that your key stays with your tenant.</source>
        <translation>Le service a redirigé la requête vers %1&#xa0;; la redirection n&apos;a pas été suivie afin que votre clé reste auprès de votre instance.</translation>
    </message>
    <message>
        <source>The service asks to wait %1; try again later.</source>
        <translation>Le service demande d&apos;attendre %1; réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>signtraker::ChangeLog</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>signtraker::ClientConfig</name>
    <message>
        <source>It comes from the environment variable %1.</source>
        <translation>La valeur vient de la variable d&apos;environnement %1.</translation>
    </message>
    <message>
        <source>It comes from the profile.</source>
        <translation>La valeur vient du profil.</translation>
    </message>
    <message>
        <source>The CA certificates file %1 cannot be read: %2.</source>
        <translation>Le fichier de certificats d&apos;autorité %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The CA certificates file %1 holds no PEM certificate.</source>
        <translation>Le fichier de certificats d&apos;autorité %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The subdomain is empty.</source>
        <translation>Le sous-domaine est vide.</translation>
    </message>
    <message>
        <source>The subdomain &quot;%1&quot; must be one name without dots (&quot;acme&quot;, not &quot;acme.signtraker.com&quot;).</source>
        <translation>Le sous-domaine «&#xa0;%1&#xa0;» doit être un seul nom sans points («&#xa0;acme&#xa0;», et non «&#xa0;acme.signtraker.com&#xa0;»).</translation>
    </message>
    <message>
        <source>The subdomain &quot;%1&quot; contains a space; only letters a-z, digits and &apos;-&apos; are allowed.</source>
        <translation>Le sous-domaine «&#xa0;%1&#xa0;» contient une espace; seuls les lettres a à z, les chiffres et le tiret (-) sont permis.</translation>
    </message>
    <message>
        <source>The subdomain &quot;%1&quot; contains &apos;%2&apos;; only letters a-z, digits and &apos;-&apos; are allowed.</source>
        <translation>Le sous-domaine «&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;»; seuls les lettres a à z, les chiffres et le tiret (-) sont permis.</translation>
    </message>
    <message>
        <source>The subdomain is %1 characters long; at most %2 are allowed.</source>
        <translation>Le sous-domaine compte %1 caractères; au plus %2 sont permis.</translation>
    </message>
    <message>
        <source>The subdomain &quot;%1&quot; must not start or end with &apos;-&apos;.</source>
        <translation>Le sous-domaine «&#xa0;%1&#xa0;» ne doit pas commencer ni finir par un tiret (-).</translation>
    </message>
    <message>
        <source>The base URL is empty.</source>
        <translation>L&apos;URL de base est vide.</translation>
    </message>
    <message>
        <source>The base URL is not a valid URL (expected https://host).</source>
        <translation>L&apos;URL de base n&apos;est pas une URL valide (attendu&#xa0;: https://hôte).</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>L&apos;URL de base doit commencer par https://.</translation>
    </message>
    <message>
        <source>The base URL has no host name.</source>
        <translation>L&apos;URL de base n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation>L&apos;URL de base ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (?...) or a fragment (#...).</source>
        <translation>L&apos;URL de base ne doit contenir ni requête (?...) ni fragment (#...).</translation>
    </message>
    <message>
        <source>The base URL must use https; http is accepted only for a loopback host (127.0.0.0/8, ::1, localhost).</source>
        <translation>L&apos;URL de base doit utiliser https; http n&apos;est accepté que pour un hôte local (127.0.0.0/8, ::1, localhost).</translation>
    </message>
    <message>
        <source>API key is required. Set SIGNTRAKER_API_KEY or store it in a profile.</source>
        <translation>La clé d&apos;API est obligatoire. Définissez SIGNTRAKER_API_KEY ou enregistrez-la dans un profil.</translation>
    </message>
    <message>
        <source>A base URL or a subdomain is required. Set SIGNTRAKER_BASE_URL or SIGNTRAKER_SUBDOMAIN, or store one in a profile.</source>
        <translation>Une URL de base ou un sous-domaine est obligatoire. Définissez SIGNTRAKER_BASE_URL ou SIGNTRAKER_SUBDOMAIN, ou enregistrez l&apos;un ou l&apos;autre dans un profil.</translation>
    </message>
    <message>
        <source>The timeout is %1 s; it must be more than 0 and at most %2 s.</source>
        <translation>Le délai d&apos;attente est de %1&#xa0;s; il doit être supérieur à 0 et d&apos;au plus %2&#xa0;s.</translation>
    </message>
    <message>
        <source>The number of retries is %1; it must be from 0 to %2.</source>
        <translation>Le nombre de nouvelles tentatives est de %1; il doit être de 0 à %2.</translation>
    </message>
    <message>
        <source>The retry backoff is %1 s; it must be from 0 to %2 s.</source>
        <translation>Le délai entre les essais est de %1&#xa0;s; il doit être de 0 à %2&#xa0;s.</translation>
    </message>
    <message>
        <source>The largest answer is %1 MiB; it must be from 1 to %2 MiB.</source>
        <translation>La plus grande réponse permise est de %1&#xa0;Mio; elle doit être de 1 à %2&#xa0;Mio.</translation>
    </message>
    <message>
        <source>The number of parallel requests is %1; it must be from 1 to %2.</source>
        <translation>Le nombre de requêtes en parallèle est de %1; il doit être de 1 à %2.</translation>
    </message>
</context>
<context>
    <name>signtraker::ConnectionResolver</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no API key. Set SIGNTRAKER_API_KEY or store the key with the profile.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;a pas de clé d&apos;API. Définissez SIGNTRAKER_API_KEY ou enregistrez la clé avec le profil.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no API key (%2). Set SIGNTRAKER_API_KEY or store the key with the profile.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;a pas de clé d&apos;API (%2). Définissez SIGNTRAKER_API_KEY ou enregistrez la clé avec le profil.</translation>
    </message>
</context>
<context>
    <name>signtraker::CsvWriter</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>signtraker::KeyStore</name>
    <message>
        <source>No system keychain is available: the API key is kept in memory for this run only and will have to be entered again next time.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: la clé d&apos;API est conservée en mémoire pour cette session seulement et devra être saisie de nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>no system keychain is available; the key is kept in memory for this run only</source>
        <translation>aucun trousseau système n&apos;est disponible; la clé est conservée en mémoire pour cette session seulement</translation>
    </message>
    <message>
        <source>no key is stored in the keychain for this profile</source>
        <translation>aucune clé n&apos;est enregistrée dans le trousseau pour ce profil</translation>
    </message>
    <message>
        <source>no key for this profile in this run, and no system keychain to read one from</source>
        <translation>aucune clé pour ce profil dans cette session, et aucun trousseau système où la lire</translation>
    </message>
    <message>
        <source>no system keychain is available; an entry from an earlier run may remain in it</source>
        <translation>aucun trousseau système n&apos;est disponible; une entrée d&apos;une session précédente pourrait y subsister</translation>
    </message>
</context>
<context>
    <name>signtraker::LocalCopy</name>
    <message>
        <source>There is no local copy yet: refresh it first.</source>
        <translation>Il n&apos;y a pas encore de copie locale&#xa0;: actualisez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The agents could not be read: %1</source>
        <translation>Les agents n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The offices could not be read: %1</source>
        <translation>Les bureaux n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local copy is busy: the agent&apos;s new values were not stored.</source>
        <translation>La copie locale est occupée&#xa0;: les nouvelles valeurs de l&apos;agent n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>The local copy cannot select &apos;%1&apos;: it is not a member of an agent.</source>
        <translation>La copie locale ne peut pas sélectionner «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas un champ d&apos;un agent.</translation>
    </message>
    <message>
        <source>The SQLite driver does not accept functions.</source>
        <translation>Le pilote SQLite n&apos;accepte pas les fonctions.</translation>
    </message>
    <message>
        <source>The database connection is not SQLite.</source>
        <translation>La connexion à la base de données n&apos;est pas SQLite.</translation>
    </message>
</context>
<context>
    <name>signtraker::LocalWriter</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The file %1 could not be created: %2</source>
        <translation>Le fichier %1 n&apos;a pas pu être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 is readable by other users and its permissions cannot be changed.</source>
        <translation>Le fichier %1 est lisible par d&apos;autres utilisateurs et ses permissions ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>The local copy could not be written: %1</source>
        <translation>La copie locale n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>signtraker::Profile</name>
    <message>
        <source>A profile name must not be empty.</source>
        <translation>Un nom de profil ne doit pas être vide.</translation>
    </message>
    <message>
        <source>A profile name must not start or end with a space.</source>
        <translation>Un nom de profil ne doit pas commencer ni finir par une espace.</translation>
    </message>
    <message>
        <source>A profile name must not contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation>Un nom de profil ne doit contenir ni «&#xa0;/&#xa0;» ni «&#xa0;\&#xa0;».</translation>
    </message>
</context>
<context>
    <name>signtraker::ProfileStore</name>
    <message>
        <source>The settings file %1 could not be read: it is not in the expected format. It was left as it is, so that the profiles it holds are not lost; repair it or move it away, then try again.</source>
        <translation>Le fichier de paramètres %1 n&apos;a pas pu être lu&#xa0;: il n&apos;est pas dans le format attendu. Il a été laissé tel quel pour ne pas perdre les profils qu&apos;il contient; réparez-le ou déplacez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read or written. Check that the file and its folder can be written and that the disk is not full; the change was not saved.</source>
        <translation>Le fichier de paramètres %1 n&apos;a pas pu être lu ou écrit. Vérifiez que le fichier et son dossier sont accessibles en écriture et que le disque n&apos;est pas plein; la modification n&apos;a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>signtraker::RetryPolicy</name>
    <message>
        <source>The service asks to wait %1; try again later.</source>
        <translation>Le service demande d&apos;attendre %1; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 days or more</source>
        <translation>%1&#xa0;jours ou plus</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1&#xa0;minutes</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1&#xa0;heures</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1&#xa0;jours</translation>
    </message>
</context>
<context>
    <name>signtraker::RosterApplier</name>
    <message>
        <source>Left out of the run.</source>
        <translation>Exclu de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Done by an earlier run of this roster.</source>
        <translation>Fait par une exécution précédente de cette liste des agents.</translation>
    </message>
    <message>
        <source>Already applied on the service (found when resuming).</source>
        <translation>Déjà appliqué sur le service (constaté à la reprise).</translation>
    </message>
    <message>
        <source>Created (the answer was lost; the look-up by e-mail found it).</source>
        <translation>Créé (la réponse s&apos;est perdue; la recherche par courriel l&apos;a trouvé).</translation>
    </message>
    <message>
        <source>An agent with this e-mail was created on the service since the plan (Id %1); nothing was sent.</source>
        <translation>Un agent ayant ce courriel a été créé sur le service depuis le plan (Id %1); rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 vaut maintenant %2</translation>
    </message>
    <message>
        <source>Changed on the service since the plan (%1); not overwritten.</source>
        <translation>Modifié sur le service depuis le plan (%1); non remplacé.</translation>
    </message>
    <message>
        <source>Cancelled after it was sent: it may have been applied.</source>
        <translation>Annulé après l&apos;envoi&#xa0;: il a peut-être été appliqué.</translation>
    </message>
    <message>
        <source>Not sent: the service refused the key.</source>
        <translation>Non envoyé&#xa0;: le service a refusé la clé.</translation>
    </message>
    <message>
        <source>Not sent: the run stopped first.</source>
        <translation>Non envoyé&#xa0;: l&apos;exécution s&apos;est arrêtée avant.</translation>
    </message>
</context>
<context>
    <name>signtraker::RosterJournal</name>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation>Impossible de lire le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>Impossible d&apos;écrire le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sent; the run stopped before the answer came.</source>
        <translation>Envoyé; l&apos;exécution s&apos;est arrêtée avant l&apos;arrivée de la réponse.</translation>
    </message>
</context>
<context>
    <name>signtraker::UndoHistory</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo edit of %1</source>
        <translation>Annuler la modification de %1</translation>
    </message>
    <message numerus="yes">
        <source>Undo edit of %n agents</source>
        <translation>
            <numerusform>Annuler la modification de %n agent</numerusform>
            <numerusform>Annuler la modification de %n agents</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo activation of %1</source>
        <translation>Annuler l&apos;activation de %1</translation>
    </message>
    <message numerus="yes">
        <source>Undo activation of %n agents</source>
        <translation>
            <numerusform>Annuler l&apos;activation de %n agent</numerusform>
            <numerusform>Annuler l&apos;activation de %n agents</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo deactivation of %1</source>
        <translation>Annuler la désactivation de %1</translation>
    </message>
    <message numerus="yes">
        <source>Undo deactivation of %n agents</source>
        <translation>
            <numerusform>Annuler la désactivation de %n agent</numerusform>
            <numerusform>Annuler la désactivation de %n agents</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was undone: the agent could not be read. %1</source>
        <translation>Rien n&apos;a été annulé&#xa0;: impossible de lire l&apos;agent. %1</translation>
    </message>
    <message>
        <source>%1: now %2 (your edit made it %3, before it was %4)</source>
        <translation>%1&#xa0;: maintenant %2 (votre modification y avait mis %3; auparavant %4)</translation>
    </message>
    <message>
        <source>The edit was not undone: %1</source>
        <translation>La modification n&apos;a pas été annulée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agents could not be changed back.</source>
        <translation>
            <numerusform>%n agent n&apos;a pas pu être rétabli.</numerusform>
            <numerusform>%n agents n&apos;ont pas pu être rétablis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents were changed on the server since the edit and were left as they are.</source>
        <translation>
            <numerusform>%n agent a été modifié sur le serveur depuis la modification et a été laissé tel quel.</numerusform>
            <numerusform>%n agents ont été modifiés sur le serveur depuis la modification et ont été laissés tels quels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signtraker::cli::BulkCommand</name>
    <message numerus="yes">
        <source>%n agents were not sent, because the service refused the key: %1</source>
        <translation>
            <numerusform>%n agent n&apos;a pas été envoyé, car le service a refusé la clé&#xa0;: %1</numerusform>
            <numerusform>%n agents n&apos;ont pas été envoyés, car le service a refusé la clé&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents were not sent, because the run stopped after server errors: %1</source>
        <translation>
            <numerusform>%n agent n&apos;a pas été envoyé, car l&apos;opération s&apos;est arrêtée après des erreurs de serveur&#xa0;: %1</numerusform>
            <numerusform>%n agents n&apos;ont pas été envoyés, car l&apos;opération s&apos;est arrêtée après des erreurs de serveur&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signtraker::cli::ListCommand</name>
    <message numerus="yes">
        <source>The service sent %n rows twice, most likely because agents were edited while the list was read: each is printed once, and an agent that moved between pages meanwhile may be missing.</source>
        <translation>
            <numerusform>Le service a envoyé %n ligne deux fois, très probablement parce que des agents ont été modifiés pendant la lecture de la liste&#xa0;: chacune est affichée une fois, et un agent passé d&apos;une page à l&apos;autre entre-temps peut manquer.</numerusform>
            <numerusform>Le service a envoyé %n lignes deux fois, très probablement parce que des agents ont été modifiés pendant la lecture de la liste&#xa0;: chacune est affichée une fois, et un agent passé d&apos;une page à l&apos;autre entre-temps peut manquer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is read page by page: if agents were edited meanwhile, an agent that moved between pages may be missing, and one read twice is printed once.</source>
        <translation>La liste est lue page par page&#xa0;: si des agents ont été modifiés entre-temps, un agent passé d&apos;une page à l&apos;autre peut manquer, et un agent lu deux fois n&apos;est affiché qu&apos;une fois.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of about %n rows read</source>
        <translation>
            <numerusform>%1 ligne lue sur environ %n</numerusform>
            <numerusform>%1 lignes lues sur environ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows read</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The output is incomplete: only the first %n rows were written before the error.</source>
        <translation>
            <numerusform>La sortie est incomplète&#xa0;: seule %n ligne a été écrite avant l&apos;erreur.</numerusform>
            <numerusform>La sortie est incomplète&#xa0;: seules les %n premières lignes ont été écrites avant l&apos;erreur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows have members that the first page did not have (%1); the CSV has no column for them. Use --format json to see every member.</source>
        <translation>Certaines lignes ont des champs que la première page n&apos;avait pas (%1); le CSV n&apos;a pas de colonne pour eux. Utilisez --format json pour voir tous les champs.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows read in %1 requests.</source>
        <translation>
            <numerusform>%n ligne lue en %1 requêtes.</numerusform>
            <numerusform>%n lignes lues en %1 requêtes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signtraker::cli::LocalCommand</name>
    <message>
        <source>There is no local copy for this profile yet: make one with &apos;signtraker-cli local refresh&apos;.</source>
        <translation>Il n&apos;y a pas encore de copie locale pour ce profil&#xa0;: créez-en une avec «&#xa0;signtraker-cli local refresh&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%1 of about %n rows read</source>
        <translation>
            <numerusform>%1 lignes lues sur environ %n</numerusform>
            <numerusform>%1 lignes lues sur environ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows read</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents in the local copy, read in %1 seconds.</source>
        <translation>
            <numerusform>%n agent dans la copie locale, lu en %1 secondes.</numerusform>
            <numerusform>%n agents dans la copie locale, lus en %1 secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local copy was not refreshed (the previous one, if any, is kept): %1</source>
        <translation>La copie locale n&apos;a pas été actualisée (la précédente, s&apos;il y en a une, est conservée)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Chemin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Lignes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>As of: %1 (%n minutes ago)</source>
        <translation>
            <numerusform>En date du&#xa0;: %1 (il y a %n minute)</numerusform>
            <numerusform>En date du&#xa0;: %1 (il y a %n minutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>The local copy could not be removed: %1</source>
        <translation>La copie locale n&apos;a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local copy was removed: %1</source>
        <translation>La copie locale a été supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>There was no local copy to remove: %1</source>
        <translation>Il n&apos;y avait aucune copie locale à supprimer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>signtraker::cli::PauseQuestion</name>
    <message numerus="yes">
        <source>%n requests in a row failed with a server or network error. Continue? [y/N]</source>
        <translation>
            <numerusform>%n requête consécutive a échoué à cause d&apos;une erreur de serveur ou de réseau. Continuer? [y/N]</numerusform>
            <numerusform>%n requêtes consécutives ont échoué à cause d&apos;une erreur de serveur ou de réseau. Continuer? [y/N]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signtraker::cli::ProfileCommand</name>
    <message>
        <source>The local copy of profile &apos;%1&apos; could not be deleted: %2</source>
        <translation>La copie locale du profil «&#xa0;%1&#xa0;» n&apos;a pas pu être supprimée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>signtraker::cli::QualityCommand</name>
    <message>
        <source>No findings: every check passed.</source>
        <translation>Aucun constat&#xa0;: toutes les vérifications sont réussies.</translation>
    </message>
</context>
<context>
    <name>signtraker::cli::SyncCommand</name>
    <message>
        <source>Cannot read the roster %1: %2</source>
        <translation>Impossible de lire la liste des agents %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Read %1 rows of %2 as %3, separated by &apos;%4&apos;.</source>
        <translation>%1 lignes de %2 lues en %3, séparées par «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Columns ignored (no member of that name): %1.</source>
        <translation>Colonnes ignorées (aucun champ de ce nom)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>reading the tenant</source>
        <translation>lecture de l&apos;instance</translation>
    </message>
    <message>
        <source>An earlier run of this roster did not finish (journal %1). Run the same command again with --resume to finish it without sending anything twice, or remove the journal to start over.</source>
        <translation>Une exécution précédente de cette liste des agents ne s&apos;est pas terminée (journal %1). Relancez la même commande avec --resume pour la terminer sans rien envoyer deux fois, ou supprimez le journal pour recommencer.</translation>
    </message>
    <message>
        <source>Nothing to resume in %1: starting a new run.</source>
        <translation>Rien à reprendre dans %1&#xa0;: nouvelle exécution.</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run stopped before every item was sent. Run the same command again with --resume to send the rest (journal %1).</source>
        <translation>L&apos;exécution s&apos;est arrêtée avant l&apos;envoi de tous les éléments. Relancez la même commande avec --resume pour envoyer le reste (journal %1).</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 to activate, %4 to deactivate, %5 unchanged, %6 errors, %7 conflicts, %8 failed.
</source>
        <translation>%1 à créer, %2 à mettre à jour, %3 à activer, %4 à désactiver, %5 inchangés, %6 erreurs, %7 conflits, %8 en échec.
</translation>
    </message>
</context>
<context>
    <name>signtraker::localsql</name>
    <message>
        <source>a text in quotes is not closed (at position %1)</source>
        <translation>un texte entre guillemets n&apos;est pas fermé (à la position %1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (at position %2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre (à la position %2)</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; is not understood (at position %2)</source>
        <translation>le caractère «&#xa0;%1&#xa0;» n&apos;est pas compris (à la position %2)</translation>
    </message>
    <message>
        <source>The filter cannot be evaluated on the local copy: %1.</source>
        <translation>Le filtre ne peut pas être évalué sur la copie locale&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The order cannot be evaluated on the local copy: %1.</source>
        <translation>Le tri ne peut pas être évalué sur la copie locale&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>signtraker::localsql::Parser</name>
    <message>
        <source>the filter is not a condition (it is of type %1)</source>
        <translation>le filtre n&apos;est pas une condition (il est de type %1)</translation>
    </message>
    <message>
        <source>an order key must be a single value</source>
        <translation>une clé de tri doit être une valeur unique</translation>
    </message>
    <message>
        <source>unexpected text at position %1</source>
        <translation>texte inattendu à la position %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs conditions on both sides</source>
        <translation>«&#xa0;%1&#xa0;» exige une condition de chaque côté</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot compare %2 with %3</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas comparer %2 avec %3</translation>
    </message>
    <message>
        <source>&apos;not&apos; needs a condition</source>
        <translation>«&#xa0;not&#xa0;» exige une condition</translation>
    </message>
    <message>
        <source>&apos;)&apos; expected at position %1</source>
        <translation>«&#xa0;)&#xa0;» attendu à la position %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the filter ends where a value was expected</source>
        <translation>le filtre se termine là où une valeur était attendue</translation>
    </message>
    <message>
        <source>the function &apos;%1&apos; is not supported</source>
        <translation>la fonction «&#xa0;%1&#xa0;» n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2 text argument(s)</source>
        <translation>«&#xa0;%1&#xa0;» prend %2 argument(s) texte</translation>
    </message>
    <message>
        <source>there is no member &apos;%1&apos;</source>
        <translation>il n&apos;y a pas de champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a member name is expected at position %1</source>
        <translation>un nom de champ est attendu à la position %1</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::AgentDetailDock</name>
    <message>
        <source>Agent details</source>
        <translation>Détails de l&apos;agent</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::AgentDetailPane</name>
    <message>
        <source>Member</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Agent details</source>
        <translation>Détails de l&apos;agent</translation>
    </message>
    <message>
        <source>No agent selected</source>
        <translation>Aucun agent sélectionné</translation>
    </message>
    <message>
        <source>Loading the full record…</source>
        <translation>Chargement de la fiche complète…</translation>
    </message>
    <message>
        <source>Could not load the full record: %1</source>
        <translation>Impossible de charger la fiche complète&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (Id %2)</source>
        <translation>%1 (Id %2)</translation>
    </message>
    <message>
        <source>%1, inactive</source>
        <translation>%1, inactif</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::AgentEditDialog</name>
    <message>
        <source>Edit agent %1</source>
        <translation>Modifier l&apos;agent %1</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>Nouvel agent</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Enregistrer (%1)</translation>
    </message>
    <message>
        <source>Review changes…</source>
        <translation>Revoir les modifications…</translation>
    </message>
    <message>
        <source>Loading the agent…</source>
        <translation>Chargement de l&apos;agent…</translation>
    </message>
    <message>
        <source>Checking for changes on the server…</source>
        <translation>Recherche de modifications sur le serveur…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Checking whether the agent was created…</source>
        <translation>Vérification de la création de l&apos;agent…</translation>
    </message>
    <message>
        <source>The agent could not be loaded: %1</source>
        <translation>Impossible de charger l&apos;agent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Edit agent: %1</source>
        <translation>Modifier l&apos;agent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Corrigez d&apos;abord les champs signalés.</translation>
    </message>
    <message>
        <source>Nothing was saved: the agent could not be read again to check for changes made meanwhile. %1</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: impossible de relire l&apos;agent pour vérifier les modifications faites entre-temps. %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The agent was not created: %1</source>
        <translation>L&apos;agent n&apos;a pas été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The service did not answer. Checking whether the agent was created…</source>
        <translation>Le service n&apos;a pas répondu. Vérification de la création de l&apos;agent…</translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>Modifications à envoyer</translation>
    </message>
    <message>
        <source>Agent to create</source>
        <translation>Agent à créer</translation>
    </message>
    <message>
        <source>Save sends this merge patch: only the members you changed; null clears a member.</source>
        <translation>«&#xa0;Enregistrer&#xa0;» envoie ce correctif de fusion (merge patch)&#xa0;: seulement les champs que vous avez modifiés; null vide un champ.</translation>
    </message>
    <message>
        <source>Create sends this record.</source>
        <translation>«&#xa0;Créer&#xa0;» envoie cette fiche.</translation>
    </message>
    <message>
        <source>Wait for the service to answer the create.</source>
        <translation>Attendez que le service réponde à la création.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications?</translation>
    </message>
    <message>
        <source>The changes to this agent have not been saved. Discard them?</source>
        <translation>Les modifications de cet agent n&apos;ont pas été enregistrées. Voulez-vous les abandonner?</translation>
    </message>
    <message>
        <source>The new agent has not been created. Discard it?</source>
        <translation>Le nouvel agent n&apos;a pas été créé. Voulez-vous l&apos;abandonner?</translation>
    </message>
    <message>
        <source>Open that agent</source>
        <translation>Ouvrir cet agent</translation>
    </message>
    <message>
        <source>It is not known whether the agent was created.</source>
        <translation>On ne sait pas si l&apos;agent a été créé.</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation>Modifications enregistrées</translation>
    </message>
    <message>
        <source>Your changes were saved: the service had applied them, but its answer was lost on the way back. They are in the change log and can be undone.</source>
        <translation>Vos modifications ont été enregistrées&#xa0;: le service les avait appliquées, mais sa réponse s&apos;est perdue au retour. Elles figurent dans le journal des modifications et peuvent être annulées.</translation>
    </message>
    <message>
        <source>It is not known whether your changes were saved: %1 Try again checks the agent first and sends only what it does not hold yet.</source>
        <translation>On ne sait pas si vos modifications ont été enregistrées&#xa0;: %1 «&#xa0;Réessayer&#xa0;» vérifie d&apos;abord l&apos;agent et n&apos;envoie que ce qu&apos;il ne contient pas encore.</translation>
    </message>
    <message>
        <source>Checking whether another agent has this e-mail…</source>
        <translation>Recherche d&apos;un autre agent ayant cette adresse courriel…</translation>
    </message>
    <message>
        <source>The agent was not created; you can try again.</source>
        <translation>L&apos;agent n&apos;a pas été créé; vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>Nothing was sent: the check for an agent with the same e-mail failed. %1</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: la recherche d&apos;un agent ayant la même adresse courriel a échoué. %1</translation>
    </message>
    <message>
        <source>An agent with this e-mail already exists: %1.</source>
        <translation>Un agent avec cette adresse courriel existe déjà&#xa0;: %1.</translation>
    </message>
    <message>
        <source>It is not known whether the agent was created: the service did not answer, and looking for an agent with the e-mail %1 failed too. Creating it again first looks for that e-mail.</source>
        <translation>On ne sait pas si l&apos;agent a été créé&#xa0;: le service n&apos;a pas répondu, et la recherche d&apos;un agent ayant l&apos;adresse courriel %1 a aussi échoué. Une nouvelle création recherchera d&apos;abord cette adresse.</translation>
    </message>
    <message>
        <source>Enable Create</source>
        <translation>Réactiver «&#xa0;Créer&#xa0;»</translation>
    </message>
    <message>
        <source>The office and manager lists could not be read: %1</source>
        <translation>Les listes des bureaux et des gestionnaires n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::AgentFilterBar</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactifs</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Gestionnaires</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Payment mode</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Advanced filter</source>
        <translation>Filtre avancé</translation>
    </message>
    <message>
        <source>OData $filter, e.g. startswith(LastName,&apos;Mc&apos;)</source>
        <translation>$filter OData, p. ex. startswith(LastName,&apos;Mc&apos;)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Recherche&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;dvanced filter:</source>
        <translation>Filtre a&amp;vancé&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Rô&amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;yment mode:</source>
        <translation>&amp;Mode de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>&amp;Bureau&#xa0;:</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Bureau %1</translation>
    </message>
    <message>
        <source>The offices could not be loaded: %1</source>
        <translation>Impossible de charger les bureaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name, e-mail, phone, office or Id</source>
        <translation>Nom, courriel, téléphone, bureau ou Id</translation>
    </message>
    <message>
        <source>Each word must be found in a name, e-mail, user name, phone or office; a &quot;quoted phrase&quot; counts as one word. Digits alone find an Id, a whole e-mail address that agent.</source>
        <translation>Chaque mot doit se trouver dans un nom, un courriel, un nom d’utilisateur, un téléphone ou un bureau; une «&#xa0;phrase entre guillemets&#xa0;» compte pour un seul mot. Des chiffres seuls trouvent un Id, une adresse courriel complète trouve cet agent.</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::AgentForm</name>
    <message>
        <source>The service does not allow turning an agent into a manager or back: Manager cannot be changed here.</source>
        <translation>Le service ne permet pas de faire d&apos;un agent un gestionnaire, ni l&apos;inverse&#xa0;: Gestionnaire ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>a@example.com; b@example.com</source>
        <translation>a@example.com; b@example.com</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::AgentQueryStore</name>
    <message>
        <source>The window&apos;s settings file %1 could not be read: it is not in the expected format.</source>
        <translation>Le fichier de paramètres de la fenêtre %1 n&apos;a pas pu être lu&#xa0;: il n&apos;est pas dans le format attendu.</translation>
    </message>
    <message>
        <source>The window&apos;s settings could not be saved to %1. Check that the file and its folder can be written and that the disk is not full.</source>
        <translation>Les paramètres de la fenêtre n&apos;ont pas pu être enregistrés dans %1. Vérifiez que le fichier et son dossier sont accessibles en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::AgentsTableModel</name>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Inactive agent</source>
        <translation>Agent inactif</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::AgentsTableView</name>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::AppShell</name>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>P&amp;rofil</translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation>Aucun profil enregistré</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Could not connect with the profile %1</source>
        <translation>Impossible de se connecter avec le profil %1</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Avertissement du trousseau</translation>
    </message>
    <message>
        <source>&amp;Connect to Your Tenant…</source>
        <translation>Se &amp;connecter à votre instance…</translation>
    </message>
    <message>
        <source>Settings file problem</source>
        <translation>Problème de fichier de paramètres</translation>
    </message>
    <message>
        <source>The dialogs of the previous connection were closed; nothing more is sent to it.</source>
        <translation>Les fenêtres de la connexion précédente ont été fermées; plus rien ne lui est envoyé.</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::BulkActivation</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>Désactiver %1?</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate these %n agents?</source>
        <translation>
            <numerusform>Désactiver %n agent?</numerusform>
            <numerusform>Désactiver ces %n agents?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate agents</source>
        <translation>Désactiver des agents</translation>
    </message>
    <message>
        <source>Deactivated agents can no longer sign in or order installs. Activate undoes it.</source>
        <translation>Les agents désactivés ne peuvent plus se connecter ni commander d&apos;installations. «&#xa0;Activer&#xa0;» annule l&apos;opération.</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::BulkActivationDialog</name>
    <message>
        <source>Activating agents</source>
        <translation>Activation des agents</translation>
    </message>
    <message>
        <source>Deactivating agents</source>
        <translation>Désactivation des agents</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 done…</source>
        <translation>%1 sur %2 traités…</translation>
    </message>
    <message>
        <source>Updating agents</source>
        <translation>Mise à jour des agents</translation>
    </message>
    <message numerus="yes">
        <source>%n requests in a row failed with a server or network error: the service may be down. Nothing more is sent until you choose.</source>
        <translation>
            <numerusform>%n requête consécutive a échoué à cause d&apos;une erreur de serveur ou de réseau&#xa0;: le service est peut-être en panne. Rien d&apos;autre n&apos;est envoyé tant que vous n&apos;avez pas fait votre choix.</numerusform>
            <numerusform>%n requêtes consécutives ont échoué à cause d&apos;une erreur de serveur ou de réseau&#xa0;: le service est peut-être en panne. Rien d&apos;autre n&apos;est envoyé tant que vous n&apos;avez pas fait votre choix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Cancelled while sending: it may have been applied</source>
        <translation>Annulé pendant l&apos;envoi&#xa0;: la modification a peut-être été appliquée</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Non tenté</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Paused: %1 of %2 done.</source>
        <translation>En pause&#xa0;: %1 sur %2 traités.</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 cancelled while sending, %4 not attempted.</source>
        <translation>Réussis&#xa0;: %1, échecs&#xa0;: %2, annulés pendant l&apos;envoi&#xa0;: %3, non tentés&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 not attempted.</source>
        <translation>Réussis&#xa0;: %1, échecs&#xa0;: %2, non tentés&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Stopped at the first authentication error, so nothing more was sent: %1
%2</source>
        <translation>Arrêt à la première erreur d&apos;authentification; rien d&apos;autre n&apos;a été envoyé&#xa0;: %1
%2</translation>
    </message>
    <message>
        <source>Reading agents</source>
        <translation>Lecture des agents</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 vaut maintenant %2</translation>
    </message>
    <message>
        <source>Not changed: someone changed it on the service since it was selected (%1)</source>
        <translation>Non modifié&#xa0;: quelqu&apos;un l&apos;a modifié dans le service depuis la sélection (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n not changed, because someone changed them on the service since they were selected.</source>
        <translation>
            <numerusform>%n agent non modifié, parce que quelqu&apos;un l&apos;a modifié dans le service depuis la sélection.</numerusform>
            <numerusform>%n agents non modifiés, parce que quelqu&apos;un les a modifiés dans le service depuis la sélection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating agents</source>
        <translation>Création d&apos;agents</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n agents</source>
        <translation>
            <numerusform>Modifier %n agent</numerusform>
            <numerusform>Modifier %n agents</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick each member to change: it is set to the same value on every selected agent. Members left unticked are not sent.</source>
        <translation>Cochez chaque champ à modifier&#xa0;: il prend la même valeur pour tous les agents sélectionnés. Les champs non cochés ne sont pas envoyés.</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n agents</source>
        <translation>
            <numerusform>Appliquer à %n agent</numerusform>
            <numerusform>Appliquer à %n agents</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <source>Reading the %n selected agents…</source>
        <translation>
            <numerusform>Lecture de %n agent sélectionné…</numerusform>
            <numerusform>Lecture des %n agents sélectionnés…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message numerus="yes">
        <source>%n agents could not be read and will not be changed: %1</source>
        <translation>
            <numerusform>%n agent n&apos;a pas pu être lu et ne sera pas modifié&#xa0;: %1</numerusform>
            <numerusform>%n agents n&apos;ont pas pu être lus et ne seront pas modifiés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to one agent</source>
        <translation>Appliquer à un agent</translation>
    </message>
    <message>
        <source>The office and manager lists could not be read: %1</source>
        <translation>Les listes des bureaux et des gestionnaires n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::ChangeLogDock</name>
    <message>
        <source>Change log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>Exporter le journal des modifications</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::ColumnChooser</name>
    <message>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
    <message>
        <source>Move column left</source>
        <translation>Déplacer la colonne vers la gauche</translation>
    </message>
    <message>
        <source>Move column right</source>
        <translation>Déplacer la colonne vers la droite</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::ConflictView</name>
    <message>
        <source>Somebody changed these members on the server since you opened the agent. Choose for each which value to keep. Members changed only on the server are kept as they are.</source>
        <translation>Quelqu&apos;un a modifié ces champs sur le serveur depuis que vous avez ouvert l&apos;agent. Choisissez pour chacun la valeur à conserver. Les champs modifiés seulement sur le serveur sont conservés tels quels.</translation>
    </message>
    <message>
        <source>Conflicting changes</source>
        <translation>Modifications en conflit</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When opened</source>
        <translation>À l&apos;ouverture</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Sur le serveur maintenant</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>Enregistrer avec ces choix</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Valeur à conserver pour %1</translation>
    </message>
    <message>
        <source>The server&apos;s</source>
        <translation>Valeur du serveur</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::ConnectionManager</name>
    <message>
        <source>Profile &quot;%1&quot; has no API key. Enter it in Settings.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;a pas de clé d&apos;API. Saisissez-la dans les paramètres.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no API key (%2). Enter it in Settings.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;a pas de clé d&apos;API (%2). Saisissez-la dans les paramètres.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::ConnectionTester</name>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Key refused: the service did not accept this API key.</source>
        <translation>Clé refusée&#xa0;: le service n&apos;a pas accepté cette clé d&apos;API.</translation>
    </message>
    <message>
        <source>Host not found: check the subdomain or base URL.</source>
        <translation>Hôte introuvable&#xa0;: vérifiez le sous-domaine ou l&apos;URL de base.</translation>
    </message>
    <message>
        <source>Certificate problem: the secure connection could not be verified.</source>
        <translation>Problème de certificat&#xa0;: la connexion sécurisée n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>Timed out: the service did not answer in time.</source>
        <translation>Délai dépassé&#xa0;: le service n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Connection refused: nothing answers at that address.</source>
        <translation>Connexion refusée&#xa0;: rien ne répond à cette adresse.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::CsvExport</name>
    <message numerus="yes">
        <source>Exporting agents… %1 of about %n rows read</source>
        <translation>
            <numerusform>Exportation des agents… %1 ligne lue sur environ %n</numerusform>
            <numerusform>Exportation des agents… %1 lignes lues sur environ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting agents… %n rows read</source>
        <translation>
            <numerusform>Exportation des agents… %n ligne lue</numerusform>
            <numerusform>Exportation des agents… %n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to %1. The service sent %2 of them twice, most likely because agents were edited during the export: each was written once, and an agent that moved between pages meanwhile may be missing.</source>
        <translation>
            <numerusform>%n ligne exportée dans %1. Le service en a envoyé %2 deux fois, très probablement parce que des agents ont été modifiés pendant l&apos;exportation&#xa0;: chacune a été écrite une fois, et un agent passé d&apos;une page à l&apos;autre entre-temps peut manquer.</numerusform>
            <numerusform>%n lignes exportées dans %1. Le service en a envoyé %2 deux fois, très probablement parce que des agents ont été modifiés pendant l&apos;exportation&#xa0;: chacune a été écrite une fois, et un agent passé d&apos;une page à l&apos;autre entre-temps peut manquer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to %1. The rows were read page by page: if agents were edited during the export, an agent that moved between pages may be missing, and one read twice was written once.</source>
        <translation>
            <numerusform>%n ligne exportée dans %1. Les lignes ont été lues page par page&#xa0;: si des agents ont été modifiés pendant l&apos;exportation, un agent passé d&apos;une page à l&apos;autre peut manquer, et un agent lu deux fois a été écrit une fois.</numerusform>
            <numerusform>%n lignes exportées dans %1. Les lignes ont été lues page par page&#xa0;: si des agents ont été modifiés pendant l&apos;exportation, un agent passé d&apos;une page à l&apos;autre peut manquer, et un agent lu deux fois a été écrit une fois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signtraker::ui::EditingActions</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation>&amp;Nouvel agent…</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Edit the selected agent (Enter)</source>
        <translation>Modifier l&apos;agent sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Change &amp;log</source>
        <translation>&amp;Journal des modifications</translation>
    </message>
    <message>
        <source>Edit &amp;Selected…</source>
        <translation>Modifier la &amp;sélection…</translation>
    </message>
    <message>
        <source>Make the same change to every selected agent</source>
        <translation>Apporter la même modification à tous les agents sélectionnés</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Code HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redirected to: %1</source>
        <translation>Redirigé vers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retry after: %1 ms</source>
        <translation>Réessayer après&#xa0;: %1&#xa0;ms</translation>
    </message>
    <message>
        <source>The request may have reached the service.</source>
        <translation>La requête a peut-être atteint le service.</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Corps&#xa0;:</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Corps&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Kind: no error</source>
        <translation>Type&#xa0;: aucune erreur</translation>
    </message>
    <message>
        <source>Kind: configuration</source>
        <translation>Type&#xa0;: configuration</translation>
    </message>
    <message>
        <source>Kind: authentication</source>
        <translation>Type&#xa0;: authentification</translation>
    </message>
    <message>
        <source>Kind: validation</source>
        <translation>Type&#xa0;: validation</translation>
    </message>
    <message>
        <source>Kind: not found</source>
        <translation>Type&#xa0;: introuvable</translation>
    </message>
    <message>
        <source>Kind: too many requests</source>
        <translation>Type&#xa0;: trop de requêtes</translation>
    </message>
    <message>
        <source>Kind: server error</source>
        <translation>Type&#xa0;: erreur du serveur</translation>
    </message>
    <message>
        <source>Kind: network</source>
        <translation>Type&#xa0;: réseau</translation>
    </message>
    <message>
        <source>Kind: unreadable answer</source>
        <translation>Type&#xa0;: réponse illisible</translation>
    </message>
    <message>
        <source>Kind: redirected</source>
        <translation>Type&#xa0;: redirection</translation>
    </message>
    <message>
        <source>Kind: unknown</source>
        <translation>Type&#xa0;: inconnu</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::ExportFlow</name>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting agents…</source>
        <translation>Exportation des agents…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportation annulée</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::ExportOptionsDialog</name>
    <message numerus="yes">
        <source>Selected rows (%n)</source>
        <translation>
            <numerusform>Ligne sélectionnée (%n)</numerusform>
            <numerusform>Lignes sélectionnées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row of the current query</source>
        <translation>Toutes les lignes de la requête en cours</translation>
    </message>
    <message>
        <source>Visible columns</source>
        <translation>Colonnes visibles</translation>
    </message>
    <message>
        <source>Every member of the record</source>
        <translation>Tous les champs de la fiche</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Write raw values (for other programs)</source>
        <translation>Écrire les valeurs brutes (pour d&apos;autres programmes)</translation>
    </message>
    <message>
        <source>Cells that a spreadsheet would run as a formula (starting with =, +, -, @) are written behind a single quote unless this is checked. Check it only for files that another program reads.</source>
        <translation>Les cellules qu&apos;un tableur exécuterait comme une formule (commençant par =, +, -, @) sont précédées d&apos;une apostrophe, sauf si cette case est cochée. Cochez-la seulement pour les fichiers lus par un autre programme.</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::FilterChipBar</name>
    <message>
        <source>Filters:</source>
        <translation>Filtres&#xa0;:</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Bureau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: active</source>
        <translation>Statut&#xa0;: actif</translation>
    </message>
    <message>
        <source>Status: inactive</source>
        <translation>Statut&#xa0;: inactif</translation>
    </message>
    <message>
        <source>Role: managers</source>
        <translation>Rôle&#xa0;: gestionnaires</translation>
    </message>
    <message>
        <source>Role: agents</source>
        <translation>Rôle&#xa0;: agents</translation>
    </message>
    <message>
        <source>Payment: %1</source>
        <translation>Paiement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only %n chosen agents</source>
        <translation>
            <numerusform>Seulement %n agent choisi</numerusform>
            <numerusform>Seulement les %n agents choisis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signtraker::ui::KeyField</name>
    <message>
        <source>Hide the key</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::LoadStatus</name>
    <message>
        <source>Loading</source>
        <translation>Chargement en cours</translation>
    </message>
    <message numerus="yes">
        <source>Counting… %n rows so far</source>
        <translation>
            <numerusform>Décompte en cours… %n ligne jusqu&apos;ici</numerusform>
            <numerusform>Décompte en cours… %n lignes jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents match</source>
        <translation>
            <numerusform>%n agent correspond</numerusform>
            <numerusform>%n agents correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>Count &amp;all</source>
        <translation>&amp;Tout compter</translation>
    </message>
    <message>
        <source>Count cancelled</source>
        <translation>Décompte annulé</translation>
    </message>
    <message>
        <source>Stop counting</source>
        <translation>Arrêter le décompte</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte en cours…</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::LocalCopyArea</name>
    <message>
        <source>Reading the local copy</source>
        <translation>Lecture de la copie locale</translation>
    </message>
    <message>
        <source>Local &amp;Copy</source>
        <translation>Copie &amp;locale</translation>
    </message>
    <message>
        <source>Use the &amp;Local Copy</source>
        <translation>Utiliser la &amp;copie locale</translation>
    </message>
    <message>
        <source>Answer the table from the local copy: exact totals, no waiting</source>
        <translation>Remplir le tableau à partir de la copie locale&#xa0;: totaux exacts, sans attente</translation>
    </message>
    <message>
        <source>&amp;Live from the Service</source>
        <translation>&amp;En direct du service</translation>
    </message>
    <message>
        <source>Ask the service for every page, as without a local copy</source>
        <translation>Demander chaque page au service, comme sans copie locale</translation>
    </message>
    <message>
        <source>&amp;Refresh Local Copy</source>
        <translation>&amp;Actualiser la copie locale</translation>
    </message>
    <message>
        <source>Read every agent and office of the tenant into the local copy</source>
        <translation>Lire tous les agents et bureaux de l&apos;instance dans la copie locale</translation>
    </message>
    <message>
        <source>C&amp;lear Local Copy…</source>
        <translation>&amp;Vider la copie locale…</translation>
    </message>
    <message>
        <source>Refresh &amp;When Older Than…</source>
        <translation>Actualiser &amp;quand plus ancienne que…</translation>
    </message>
    <message>
        <source>&amp;Data Quality</source>
        <translation>Qualité des &amp;données</translation>
    </message>
    <message>
        <source>The local copy could not be refreshed: %1</source>
        <translation>La copie locale n&apos;a pas pu être actualisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Local Copy</source>
        <translation>Copie locale</translation>
    </message>
    <message>
        <source>Refresh the local copy when it is older than (minutes):</source>
        <translation>Actualiser la copie locale quand elle date de plus de (minutes)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>The local copy holds %n agents.</source>
        <translation>
            <numerusform>La copie locale contient %n agent.</numerusform>
            <numerusform>La copie locale contient %n agents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear local copy</source>
        <translation>Vider la copie locale</translation>
    </message>
    <message>
        <source>Delete the local copy of this tenant from this computer? The table then asks the service again, and Refresh Local Copy makes a new one.</source>
        <translation>Supprimer de cet ordinateur la copie locale de cette instance? Le tableau interroge alors de nouveau le service, et Actualiser la copie locale en crée une nouvelle.</translation>
    </message>
    <message>
        <source>The local copy could not be deleted: %1</source>
        <translation>La copie locale n&apos;a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Live; reading the local copy…</source>
        <translation>En direct; lecture de la copie locale…</translation>
    </message>
    <message>
        <source>Live; no local copy</source>
        <translation>En direct; aucune copie locale</translation>
    </message>
    <message>
        <source>Live; local copy %1 old</source>
        <translation>En direct; copie locale datant de %1</translation>
    </message>
    <message>
        <source>Live for this filter; the local copy cannot answer it</source>
        <translation>En direct pour ce filtre; la copie locale ne peut pas y répondre</translation>
    </message>
    <message>
        <source>Local copy %1 old, out of date: refreshing…</source>
        <translation>Copie locale datant de %1, périmée&#xa0;: actualisation…</translation>
    </message>
    <message>
        <source>Local copy %1 old, out of date</source>
        <translation>Copie locale datant de %1, périmée</translation>
    </message>
    <message>
        <source>Local copy %1 old; refreshing…</source>
        <translation>Copie locale datant de %1; actualisation…</translation>
    </message>
    <message>
        <source>Local copy %1 old</source>
        <translation>Copie locale datant de %1</translation>
    </message>
    <message>
        <source>Fixed %1.</source>
        <translation>%1 corrigé.</translation>
    </message>
    <message>
        <source>%1 was changed on the service since the local copy was read; nothing was written. Refresh the local copy and look again.</source>
        <translation>%1 a été modifié sur le service depuis la lecture de la copie locale; rien n&apos;a été écrit. Actualisez la copie locale et vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>%1 could not be fixed: %2</source>
        <translation>%1 n&apos;a pas pu être corrigé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::MainWindow</name>
    <message>
        <source>Count &amp;all</source>
        <translation>&amp;Tout compter</translation>
    </message>
    <message>
        <source>Counting agents</source>
        <translation>Décompte des agents</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected agent (Enter)</source>
        <translation>Modifier l&apos;agent sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <source>Copy rows with &amp;header</source>
        <translation>Copier les lignes avec l&apos;&amp;en-tête</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Count every agent that matches the search and filters</source>
        <translation>Compter tous les agents qui correspondent à la recherche et aux filtres</translation>
    </message>
    <message>
        <source>&amp;First page</source>
        <translation>&amp;Première page</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Page pré&amp;cédente</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>C&amp;lear all filters</source>
        <translation>&amp;Effacer tous les filtres</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Agents</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>SignTraker Agents Admin</source>
        <translation>SignTraker Agents Admin</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non connecté)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Loading agents</source>
        <translation>Chargement des agents</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n rows</source>
        <translation>
            <numerusform>%n ligne copiée</numerusform>
            <numerusform>%n lignes copiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting CSV</source>
        <translation>Exportation en CSV</translation>
    </message>
    <message>
        <source>Loading agents: retrying in %1…</source>
        <translation>Chargement des agents&#xa0;: nouvelle tentative dans %1…</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::PagingBar</name>
    <message>
        <source>Page size</source>
        <translation>Taille de la page</translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation>Taille de la pa&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <source>No rows on this page</source>
        <translation>Aucune ligne sur cette page</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>Aucune ligne</translation>
    </message>
    <message>
        <source>Rows %1-%2 of %3</source>
        <translation>Lignes %1 à %2 sur %3</translation>
    </message>
    <message>
        <source>Rows %1-%2 of more than %3</source>
        <translation>Lignes %1 à %2 sur plus de %3</translation>
    </message>
    <message>
        <source>Rows %1-%2 of %3, local copy %4 old</source>
        <translation>Lignes %1 à %2 sur %3, copie locale datant de %4</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::ProfileForm</name>
    <message>
        <source>from the environment: %1</source>
        <translation>depuis l&apos;environnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Sous-domaine</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>acme, for https://acme.signtraker.com</source>
        <translation>acme, pour https://acme.signtraker.com</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clé d&apos;API</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Délai d&apos;attente (s)</translation>
    </message>
    <message>
        <source>Default (%L1 s)</source>
        <translation>Par défaut (%L1&#xa0;s)</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>Retry backoff (s)</source>
        <translation>Délai entre les essais (s)</translation>
    </message>
    <message>
        <source>&amp;Timeout (s)</source>
        <translation>Dé&amp;lai d&apos;attente (s)</translation>
    </message>
    <message>
        <source>Re&amp;tries</source>
        <translation>Nouvelles tentati&amp;ves</translation>
    </message>
    <message>
        <source>Retry &amp;backoff (s)</source>
        <translation>Délai entre les essa&amp;is (s)</translation>
    </message>
    <message>
        <source>set by the environment</source>
        <translation>défini par l&apos;environnement</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>An API key is required.</source>
        <translation>Une clé d&apos;API est obligatoire.</translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation>Requêtes en parallèle</translation>
    </message>
    <message>
        <source>How many pages Export CSV, Count all and the pick lists read at once. Fewer is gentler on a busy tenant; more is faster far away.</source>
        <translation>Le nombre de pages que l&apos;exportation CSV, le décompte et les listes de choix lisent à la fois. Moins ménage une instance occupée; plus accélère à grande distance.</translation>
    </message>
    <message>
        <source>Parallel re&amp;quests</source>
        <translation>Re&amp;quêtes en parallèle</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::QualityDock</name>
    <message>
        <source>Data Quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <source>Apply &amp;Suggested Fix</source>
        <translation>Appliquer la correction &amp;suggérée</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Data quality findings</source>
        <translation>Constats de qualité des données</translation>
    </message>
    <message>
        <source>There is no local copy: choose View &gt; Local Copy &gt; Refresh Local Copy to make one, then the inbox lists what to fix.</source>
        <translation>Il n&apos;y a aucune copie locale&#xa0;: choisissez Affichage &gt; Copie locale &gt; Actualiser la copie locale pour en créer une; la boîte de réception listera ensuite ce qu&apos;il faut corriger.</translation>
    </message>
    <message>
        <source>Checking the local copy…</source>
        <translation>Vérification de la copie locale…</translation>
    </message>
    <message>
        <source>No findings: the local copy passes every check.</source>
        <translation>Aucun constat&#xa0;: la copie locale réussit toutes les vérifications.</translation>
    </message>
    <message numerus="yes">
        <source>%n findings. Choose one to show its agents in the table.</source>
        <translation>
            <numerusform>%n constat. Choisissez-le pour afficher ses agents dans le tableau.</numerusform>
            <numerusform>%n constats. Choisissez-en un pour afficher ses agents dans le tableau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends the fix to the service, checked against changes made there since the local copy was read.</source>
        <translation>Envoie la correction au service, en vérifiant les modifications faites depuis la lecture de la copie locale.</translation>
    </message>
    <message>
        <source>Data quality: %1</source>
        <translation>Qualité des données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::RosterActions</name>
    <message>
        <source>S&amp;ync Roster…</source>
        <translation>Synchroniser la &amp;liste des agents…</translation>
    </message>
    <message>
        <source>Bring the tenant in line with a brokerage’s roster (CSV), reviewed before anything is sent</source>
        <translation>Aligner l&apos;instance sur la liste des agents d&apos;un courtier (CSV), vérifiée avant tout envoi</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::RosterApplyPanel</name>
    <message>
        <source>Res&amp;ume</source>
        <translation>Contin&amp;uer</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Export &amp;Journal as CSV…</source>
        <translation>Exporter le &amp;journal en CSV…</translation>
    </message>
    <message>
        <source>Revert T&amp;his Run…</source>
        <translation>Annu&amp;ler cette exécution…</translation>
    </message>
    <message>
        <source>Progress of the roster sync</source>
        <translation>Progression de la synchronisation de la liste des agents</translation>
    </message>
    <message>
        <source>State of the roster sync</source>
        <translation>État de la synchronisation de la liste des agents</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Reprendre l&apos;envoi</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Arrêter l&apos;envoi</translation>
    </message>
    <message>
        <source>Journal file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>Export the journal as CSV</source>
        <translation>Exporter le journal en CSV</translation>
    </message>
    <message>
        <source>Revert this run</source>
        <translation>Annuler cette exécution</translation>
    </message>
    <message>
        <source>Undo what this run changed, as far as the service allows: patches inverted, activations inverted, created agents deactivated.</source>
        <translation>Défaire ce que cette exécution a modifié, dans la mesure où le service le permet&#xa0;: modifications inversées, activations inversées, agents créés désactivés.</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::RosterMappingView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation>Charger une corre&amp;spondance…</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Load a column mapping from a JSON file</source>
        <translation>Charger une correspondance des colonnes depuis un fichier JSON</translation>
    </message>
    <message>
        <source>Load Column Mapping</source>
        <translation>Charger une correspondance des colonnes</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Fichiers de correspondance (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Member for the column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>The mapping file %1 could not be opened: %2.</source>
        <translation>Le fichier de correspondance %1 n&apos;a pas pu être ouvert&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The mapping file %1 is not a JSON object of columns and members.</source>
        <translation>Le fichier de correspondance %1 n&apos;est pas un objet JSON de colonnes et de champs.</translation>
    </message>
    <message>
        <source>The mapping file %1 could not be used: %2</source>
        <translation>Le fichier de correspondance %1 n&apos;a pas pu être utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Every column is mapped to a member.</source>
        <translation>Chaque colonne correspond à un champ.</translation>
    </message>
    <message>
        <source>Ignored: %1.</source>
        <translation>Ignorées&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::RosterOptionsPanel</name>
    <message>
        <source>&amp;Deactivate agents of these offices missing from the roster</source>
        <translation>&amp;Désactiver les agents de ces bureaux absents de la liste</translation>
    </message>
    <message>
        <source>Reacti&amp;vate inactive agents listed in the roster</source>
        <translation>Réacti&amp;ver les agents inactifs présents dans la liste</translation>
    </message>
    <message>
        <source>Clear &amp;members whose cell is empty</source>
        <translation>Vider les c&amp;hamps dont la cellule est vide</translation>
    </message>
    <message>
        <source>Offices in scope</source>
        <translation>Bureaux visés</translation>
    </message>
    <message>
        <source>Ids or names, separated by commas; empty: the roster’s own</source>
        <translation>Id ou noms, séparés par des virgules; vide&#xa0;: ceux de la liste</translation>
    </message>
    <message>
        <source>Without it, an empty cell leaves the member as it is.</source>
        <translation>Sinon, une cellule vide laisse le champ tel quel.</translation>
    </message>
    <message>
        <source>Offi&amp;ces:</source>
        <translation>&amp;Bureaux&#xa0;:</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::RosterReviewModel</name>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n à créer</numerusform>
            <numerusform>%n à créer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n à mettre à jour</numerusform>
            <numerusform>%n à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to activate</source>
        <translation>
            <numerusform>%n à activer</numerusform>
            <numerusform>%n à activer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to deactivate</source>
        <translation>
            <numerusform>%n à désactiver</numerusform>
            <numerusform>%n à désactiver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sauté</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Excluded: not sent</source>
        <translation>Exclu&#xa0;: non envoyé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::RosterReviewPanel</name>
    <message>
        <source>&amp;Include All Shown</source>
        <translation>&amp;Inclure tout ce qui est affiché</translation>
    </message>
    <message>
        <source>E&amp;xclude All Shown</source>
        <translation>E&amp;xclure tout ce qui est affiché</translation>
    </message>
    <message>
        <source>Summary of the plan</source>
        <translation>Résumé du plan</translation>
    </message>
    <message>
        <source>Show the items of one action</source>
        <translation>Afficher les éléments d&apos;une action</translation>
    </message>
    <message>
        <source>Include every item shown</source>
        <translation>Inclure chaque élément affiché</translation>
    </message>
    <message>
        <source>Exclude every item shown</source>
        <translation>Exclure chaque élément affiché</translation>
    </message>
    <message>
        <source>Plan of the roster sync</source>
        <translation>Plan de la synchronisation de la liste des agents</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Montrer&#xa0;:</translation>
    </message>
    <message>
        <source>All items (%1)</source>
        <translation>Tous les éléments (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No plan yet: choose a roster, then Plan.</source>
        <translation>Aucun plan pour le moment&#xa0;: choisissez une liste des agents, puis Planifier.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n excluded, not sent.</source>
        <translation>
            <numerusform>%1; %n exclu, non envoyé.</numerusform>
            <numerusform>%1; %n exclus, non envoyés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signtraker::ui::RosterSourcePanel</name>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose the brokerage’s roster (CSV)</source>
        <translation>Choisissez la liste des agents du courtier (CSV)</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>Fichier de la liste des agents</translation>
    </message>
    <message>
        <source>Choose the roster file</source>
        <translation>Choisir le fichier de la liste des agents</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>What was detected in the roster</source>
        <translation>Ce qui a été détecté dans la liste des agents</translation>
    </message>
    <message>
        <source>Separa&amp;tor:</source>
        <translation>Sépara&amp;teur&#xa0;:</translation>
    </message>
    <message>
        <source>Roster &amp;file:</source>
        <translation>&amp;Fichier de la liste&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Open Roster</source>
        <translation>Ouvrir une liste des agents</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The roster %1 could not be opened: %2.</source>
        <translation>La liste des agents %1 n&apos;a pas pu être ouverte&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The roster %1 is too large to be a roster (more than 64 MB).</source>
        <translation>La liste des agents %1 est trop volumineuse pour en être une (plus de 64 Mo).</translation>
    </message>
    <message>
        <source>The roster %1 could not be read: %2</source>
        <translation>La liste des agents %1 n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>No roster chosen yet.</source>
        <translation>Aucune liste des agents choisie pour le moment.</translation>
    </message>
    <message>
        <source>The roster could not be read.</source>
        <translation>La liste des agents n&apos;a pas pu être lue.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows, %1, separated by %2.</source>
        <translation>
            <numerusform>%n ligne, %1, séparée par %2.</numerusform>
            <numerusform>%n lignes, %1, séparées par %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signtraker::ui::RosterSyncDialog</name>
    <message>
        <source>Bac&amp;k</source>
        <translation>Pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Sync Roster</source>
        <translation>Synchroniser la liste des agents</translation>
    </message>
    <message>
        <source>Sync roster</source>
        <translation>Synchroniser la liste des agents</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>Progression du plan</translation>
    </message>
    <message>
        <source>Back to the roster and its options</source>
        <translation>Revenir à la liste des agents et à ses options</translation>
    </message>
    <message>
        <source>Plan the sync</source>
        <translation>Planifier la synchronisation</translation>
    </message>
    <message>
        <source>Read the tenant and compare it with the roster; nothing is sent.</source>
        <translation>Lire l&apos;instance et la comparer à la liste des agents; rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Cancel the plan or the run</source>
        <translation>Annuler le plan ou l&apos;exécution</translation>
    </message>
    <message>
        <source>Apply the included items</source>
        <translation>Appliquer les éléments inclus</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste des agents</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation>Nouvel envoi…</translation>
    </message>
    <message>
        <source>The column mapping could not be remembered: the settings file could not be written.</source>
        <translation>La correspondance des colonnes n&apos;a pas pu être mémorisée&#xa0;: le fichier de paramètres n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Resume Roster Sync</source>
        <translation>Reprendre la synchronisation de la liste des agents</translation>
    </message>
    <message numerus="yes">
        <source>A sync of this roster stopped before it finished (items done: %n). Resume it?</source>
        <translation>
            <numerusform>Une synchronisation de cette liste des agents s&apos;est arrêtée avant la fin (élément fait&#xa0;: %n). La reprendre?</numerusform>
            <numerusform>Une synchronisation de cette liste des agents s&apos;est arrêtée avant la fin (éléments faits&#xa0;: %n). La reprendre?</numerusform>
        </translation>
    </message>
    <message>
        <source>Items already done are not sent again. No starts a new run: the next plan compares the roster with the tenant as it is now.</source>
        <translation>Les éléments déjà faits ne sont pas renvoyés. «&#xa0;Non&#xa0;» lance une nouvelle exécution&#xa0;: le prochain plan compare la liste des agents à l&apos;instance telle qu&apos;elle est maintenant.</translation>
    </message>
    <message>
        <source>Reading agents: %1 of about %2</source>
        <translation>Lecture des agents&#xa0;: %1 sur environ %2</translation>
    </message>
    <message>
        <source>Reading agents…</source>
        <translation>Lecture des agents…</translation>
    </message>
    <message>
        <source>Nothing has been sent. Review the items, then Apply.</source>
        <translation>Rien n&apos;a été envoyé. Vérifiez les éléments, puis Appliquer.</translation>
    </message>
    <message>
        <source>Planning the sync</source>
        <translation>Planification de la synchronisation</translation>
    </message>
    <message>
        <source>Nothing to send: every item is excluded, unchanged or an error.</source>
        <translation>Rien à envoyer&#xa0;: chaque élément est exclu, inchangé ou en erreur.</translation>
    </message>
    <message>
        <source>Nothing was sent: a sync without a journal could not be resumed safely. %1</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: une synchronisation sans journal ne pourrait pas être reprise en toute sécurité. %1</translation>
    </message>
    <message>
        <source>Paused: the service failed several times in a row. Resume when it answers again, or stop; nothing is sent meanwhile.</source>
        <translation>En pause&#xa0;: le service a échoué plusieurs fois de suite. Reprenez quand il répond de nouveau, ou arrêtez; rien n&apos;est envoyé entre-temps.</translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message numerus="yes">
        <source>Reverted: %n done.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n fait.</numerusform>
            <numerusform>Annulé&#xa0;: %n faits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n done.</source>
        <translation>
            <numerusform>Appliqué&#xa0;: %n fait.</numerusform>
            <numerusform>Appliqué&#xa0;: %n faits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed on the service since the plan, left as they are.</source>
        <translation>
            <numerusform>%n modifié sur le service depuis le plan, laissé tel quel.</numerusform>
            <numerusform>%n modifiés sur le service depuis le plan, laissés tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not done: see the Status column.</source>
        <translation>
            <numerusform>%n non fait&#xa0;: voir la colonne Statut.</numerusform>
            <numerusform>%n non faits&#xa0;: voir la colonne Statut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert This Run</source>
        <translation>Annuler cette exécution</translation>
    </message>
    <message numerus="yes">
        <source>Revert the %n changes of this run?</source>
        <translation>
            <numerusform>Annuler la %n modification de cette exécution?</numerusform>
            <numerusform>Annuler les %n modifications de cette exécution?</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes are undone as far as the service allows: patches inverted, activations inverted, created agents deactivated. An agent changed by someone else since is left as it is.</source>
        <translation>Les modifications sont défaites dans la mesure où le service le permet&#xa0;: modifications inversées, activations inversées, agents créés désactivés. Un agent modifié par quelqu&apos;un d&apos;autre depuis est laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 journal.csv</source>
        <translation>journal %1.csv</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>Export Journal as CSV</source>
        <translation>Exporter le journal en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::SettingsDialog</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Définir par dé&amp;faut</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation>Lecture de la clé dans le trousseau…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Nouveau profil %1</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>The profile could not be renamed to &quot;%1&quot;.</source>
        <translation>Impossible de renommer le profil en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Enregistrement de la clé dans le trousseau…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>No key stored for this profile (%1).</source>
        <translation>Aucune clé enregistrée pour ce profil (%1).</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Enregistrée dans le trousseau système.</translation>
    </message>
    <message>
        <source>Kept in memory for this run only.</source>
        <translation>Conservée en mémoire pour cette session seulement.</translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>Impossible d&apos;enregistrer la clé dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;, its API key from the keychain and its local copy?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;», sa clé d&apos;API du trousseau et sa copie locale?</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::UndoStack</name>
    <message>
        <source>Changed since your edit</source>
        <translation>Modifié entre-temps</translation>
    </message>
    <message>
        <source>These members were changed on the server after your edit:
%1

Overwrite them with the values from before your edit?</source>
        <translation>Ces champs ont été modifiés sur le serveur après votre modification&#xa0;:
%1

Les remplacer par les valeurs d&apos;avant votre modification?</translation>
    </message>
    <message>
        <source>No undoes only the members nobody changed since.</source>
        <translation>«&#xa0;Non&#xa0;» annule seulement les champs que personne n&apos;a modifiés depuis.</translation>
    </message>
</context>
<context>
    <name>signtraker::ui::WelcomeDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>Welcome to SignTraker Agents Admin</source>
        <translation>Bienvenue dans SignTraker Agents Admin</translation>
    </message>
    <message>
        <source>Connect to your SignTraker tenant with its subdomain and an API key, or try the application on a demo tenant with made-up agents.</source>
        <translation>Connectez-vous à votre instance SignTraker avec son sous-domaine et une clé d&apos;API, ou essayez l&apos;application sur une instance de démonstration aux agents fictifs.</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Sous-domaine</translation>
    </message>
    <message>
        <source>acme, or https://agents.example.com</source>
        <translation>acme, ou https://agents.example.com</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>&amp;Subdomain</source>
        <translation>&amp;Sous-domaine</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clé d&apos;API</translation>
    </message>
    <message>
        <source>My tenant</source>
        <translation>Mon instance</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Connected. Storing the key in the keychain…</source>
        <translation>Connecté. Enregistrement de la clé dans le trousseau…</translation>
    </message>
    <message>
        <source>Connected, but the key could not be stored in the keychain: %1</source>
        <translation>Connecté, mais impossible d&apos;enregistrer la clé dans le trousseau&#xa0;: %1</translation>
    </message>
</context>
</TS>
