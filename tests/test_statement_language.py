"""The language of statements, broadly: speech acts of an issuer named by its title (issue 14).

Each case is a sentence written for this file in the manner of a UN General Debate speech or a
ministry statement (the states are real so that they resolve; the events are invented), with
the act a careful coder would record: its PLOVER type(s), the issuer as source, and the target
(an ISO code, a pattern over a target actor's names, or None for "any target").  The cases
cover the speech acts of issue 14 (thanking ... ratifying), the issuer's words for itself
("we", "my delegation", "the Kingdom", its own name), targets as addressee or as owner, lists,
passives, relative clauses and sentences with several acts; and the forms that are NOT the
issuer ("this Assembly", "the international community", "they").
"""

from __future__ import annotations

import re

import pytest
from coding_support import actors_by_id, statement

from communique import contract

TITLES = [
    "Statement by {} at the general debate of the United Nations General Assembly, seventy-ninth session",
    "{}: statement at the General Debate, 2023",
    "Address by the Head of State of {} to the General Assembly of the United Nations",
    "UNGA78 general debate: statement by the delegation of {}",
]

# (issuer, text, types, target) -- the source is always the issuer; target: ISO alpha-3
# code, a regular expression over a target's names, a tuple of either (all required), or None.
CASES = [
    # -- thanking, commending, welcoming, congratulating, paying tribute, standing with: SUPPORT
    ("Ghana", "We thank the Government of Norway for its steadfast assistance to our health workers.",
     ["SUPPORT"], "NOR"),
    ("Peru", "My delegation commends the Secretary-General for his tireless efforts to mediate in the Horn of Africa.",
     ["SUPPORT"], "secretary-general"),
    ("Kenya", "Kenya welcomes the decision of Ethiopia to reopen its border crossings.", ["SUPPORT"], "ETH"),
    ("Fiji", "We pay tribute to the peacekeepers of Nepal who gave their lives for peace in distant lands.",
     ["SUPPORT"], "NPL"),
    ("Poland", "Poland stands with the people of Ukraine in the defence of their homeland.", ["SUPPORT"], "UKR"),
    ("Senegal", "My Government wishes to express its deep gratitude to Morocco and Tunisia for their hospitality.",
     ["SUPPORT"], ("MAR", "TUN")),
    ("Ireland", "We are grateful to the European Union for its continued support to our farmers.",
     ["SUPPORT"], "european union"),
    ("Jordan", "The Kingdom appreciates the efforts made by Egypt and Qatar to secure a ceasefire.",
     ["SUPPORT"], ("EGY", "QAT")),
    ("Bangladesh", "Our thanks go to the Government of Malaysia, which has sheltered thousands of refugees.",
     ["SUPPORT"], "MYS"),
    ("Nigeria", "Nigeria applauds the African Union for its leadership in the search for peace in the Sahel.",
     ["SUPPORT"], "african union"),
    ("Sweden", "We express our full solidarity with the people of Lebanon after the tragic explosion.",
     ["SUPPORT"], "LBN"),
    ("Indonesia", "Indonesia supports the application of Timor-Leste for full membership of the regional bloc.",
     ["SUPPORT"], "TLS"),
    ("Brazil", "My country congratulates Colombia on the peaceful conduct of its presidential elections.",
     ["SUPPORT"], "COL"),
    ("Moldova", "We stand in solidarity with the brave people of Ukraine.", ["SUPPORT"], "UKR"),
    ("Kazakhstan", "We also welcome the initiative of Uzbekistan to host a regional conference on water.",
     ["SUPPORT"], "UZB"),
    ("Portugal", "We thank Angola, which hosted the last summit on regional integration.", ["SUPPORT"], "AGO"),
    ("Qatar", "We are deeply grateful to the Government of Oman and to the Sultan for their mediation.",
     ["SUPPORT"], "OMN"),
    ("Norway", "Norway endorses the Secretary-General's proposal for a fresh peace agenda.",
     ["SUPPORT"], "secretary-general"),
    ("Philippines", "The efforts of ASEAN to bring peace to Myanmar are fully supported by the Philippines.",
     ["SUPPORT"], "asean|association of south"),
    ("Tuvalu", "I wish to congratulate the President of the General Assembly upon her well-deserved election.",
     ["SUPPORT"], "president of the general assembly"),
    # -- calling on, urging, appealing, demanding, inviting: REQUEST
    ("Ghana", "We call on the Security Council to lift the arms embargo that weighs on our neighbours.",
     ["REQUEST"], "security council"),
    ("Qatar", "The State of Qatar urges Israel to allow unhindered access for humanitarian convoys.",
     ["REQUEST"], "ISR"),
    ("Ukraine", "Ukraine demands that Russia withdraw all of its troops from our territory.", ["REQUEST"], "RUS"),
    ("Malta", "My delegation invites all Member States to join the coalition for clean oceans.", ["REQUEST"], None),
    ("Armenia", "We urge Azerbaijan and Türkiye to refrain from any further provocation.",
     ["REQUEST"], ("AZE", "TUR")),
    ("Cyprus", "Cyprus calls upon Turkey to respect the relevant resolutions of the Security Council.",
     ["REQUEST"], "TUR"),
    ("Somalia", "I renew my call on the Government of Eritrea to release our young recruits.", ["REQUEST"], "ERI"),
    ("Bolivia", "We therefore call on developed countries, which bear a historical responsibility for "
                "emissions, to honour their pledges of climate finance.", ["REQUEST"], None),
    ("Pakistan", "We appeal to our development partners to increase their funding for reconstruction.",
     ["REQUEST"], None),
    ("Lebanon", "My Government appeals to the Islamic Republic of Iran to respect the sovereignty of its neighbours.",
     ["REQUEST"], "IRN"),
    # -- condemning, denouncing, deploring, concern, outrage: ACCUSE
    ("Estonia", "Estonia strongly condemns Russia's brutal aggression against Ukraine.", ["ACCUSE"], "RUS"),
    ("Lithuania", "Lithuania condemns the attacks carried out by Russia against civilian power stations throughout the winter.",
     ["ACCUSE"], "RUS"),
    ("Syria", "We deplore the continued occupation of the Syrian Golan by Israel.", ["ACCUSE"], "ISR"),
    ("Cuba", "Cuba denounces the economic blockade imposed by the United States for more than six decades.",
     ["ACCUSE"], "USA"),
    ("Australia", "We are deeply concerned by the ballistic missile launches of North Korea.", ["ACCUSE"], "PRK"),
    ("Canada", "We express grave concern over the detention of journalists by the authorities of Belarus.",
     ["ACCUSE"], "BLR"),
    ("Rwanda", "Rwanda condemns the attacks perpetrated by the FDLR militia against civilians.",
     ["ACCUSE"], "fdlr"),
    ("Azerbaijan", "We deplore the fact that Armenia continues to lay landmines on our territory.",
     ["ACCUSE"], "ARM"),
    ("Israel", "Israel condemns Hamas for the massacre of civilians in the towns near the border.",
     ["ACCUSE"], "hamas"),
    ("Bahrain", "The Kingdom condemns the attacks by the Houthi militia on merchant ships in the Red Sea.",
     ["ACCUSE"], "houthi"),
    ("Mali", "We condemn the refusal of ECOWAS to lift the sanctions on our country.",
     ["ACCUSE", "REJECT"], "ecowas|economic community of west african"),
    ("Chad", "We condemn the war in the Sudan, where the Rapid Support Forces keep attacking civilians.",
     ["ACCUSE"], "rapid support forces"),
    ("Germany", "Germany is outraged by the abduction of schoolchildren by Boko Haram.", ["ACCUSE"], "boko haram"),
    # -- rejecting: REJECT
    ("Argentina", "We reject the unilateral activities carried out by the United Kingdom in the disputed area.",
     ["REJECT"], "GBR"),
    ("China", "China firmly opposes any interference in its internal affairs.", ["REJECT", "ACCUSE"], None),
    ("Serbia", "Serbia will never recognize the unilateral declaration of independence of Kosovo.",
     ["REJECT"], None),
    ("Nicaragua", "My Government categorically rejects the sanctions imposed on our people by the United States.",
     ["REJECT"], "USA"),
    ("Iran", "We reject the baseless accusations made by France, Germany and the United Kingdom.",
     ["REJECT"], ("FRA", "DEU", "GBR")),
    ("Georgia", "We will not accept the occupation of our regions by Russia.", ["REJECT"], "RUS"),
    # -- warning, reserving the right: THREATEN
    ("Guyana", "We will never allow Venezuela to annex a single acre of our land.", ["THREATEN"], "VEN"),
    ("Kuwait", "We will not hesitate to defend our sovereignty against any aggressor.", ["THREATEN"], None),
    ("Egypt", "Egypt reserves the right to take all measures to protect its water security.", ["THREATEN"], None),
    ("Palestine", "Palestine reserves the right to seek redress before every competent international court.",
     ["THREATEN"], None),
    ("Greece", "We warn Turkey that any incursion into our airspace will be met with a firm response.",
     ["THREATEN"], "TUR"),
    # -- reaffirming a commitment, endorsing, signing, ratifying: AGREE (SUPPORT, COOPERATE)
    ("Spain", "We reaffirm our commitment to the Paris Agreement.", ["AGREE", "SUPPORT"], None),
    ("Finland", "In March we signed with Kenya a memorandum of understanding on renewable energy.",
     ["AGREE", "SUPPORT", "COOPERATE"], "KEN"),
    ("Ecuador", "My country ratified the regional agreement on environmental justice last year.",
     ["AGREE", "SUPPORT", "COOPERATE"], None),
    ("Singapore", "Singapore works closely with Malaysia and Indonesia to keep the straits safe.",
     ["COOPERATE"], ("MYS", "IDN")),
    ("Thailand", "Thailand reaffirms its support for the peace process in the southern provinces of the Philippines.",
     ["SUPPORT"], None),
    # -- several acts in one sentence
    ("Ethiopia", "We welcome the ceasefire brokered by the African Union, thank the Government of South Africa "
                 "for hosting the talks, and call on all parties to implement the agreement in full.",
     ["SUPPORT"], "ZAF"),
    ("Ethiopia", "We welcome the ceasefire brokered by the African Union, thank the Government of South Africa "
                 "for hosting the talks, and call on all parties to implement the agreement in full.",
     ["REQUEST"], None),
    ("Bhutan", "While we commend India for its leadership on solar energy, we urge the major economies "
               "to match their pledges with action.", ["SUPPORT"], "IND"),
    ("Bhutan", "While we commend India for its leadership on solar energy, we urge the major economies "
               "to match their pledges with action.", ["REQUEST"], None),
    ("Mexico", "Mexico condemns the assault on the embassy by the police of Ecuador and calls on its "
               "Government to respect the Vienna Convention.", ["ACCUSE"], "ECU"),
    # -- more wordings of the same acts
    ("Yemen", "Yemen commends the Sultanate of Oman and the Kingdom of Saudi Arabia for their mediation.",
     ["SUPPORT"], ("SAU", "OMN")),
    ("Saint Lucia", "Saint Lucia extends its sincere congratulations to the Government and people of Barbados "
                    "on their fiftieth anniversary.", ["SUPPORT"], "BRB"),
    ("Ukraine", "We express our profound gratitude to all the nations that have stood by us, in particular "
                "the United States, the United Kingdom and Canada.", ["SUPPORT"], ("USA", "CAN")),
    ("Latvia", "We salute the resilience of the Ukrainian people.", ["SUPPORT"], "UKR"),
    ("Bahrain", "We applaud Saudi Arabia's decision to host the donors' conference.", ["SUPPORT"], "SAU"),
    ("Guyana", "My delegation aligns itself with the statement delivered by the representative of Uganda "
               "on behalf of the Group of 77 and China.", ["SUPPORT"], None),
    ("Malta", "I also thank your predecessor, Mr. Jonas Berg, for his able stewardship of the last session.",
     ["SUPPORT"], "berg"),
    ("Morocco", "Let me convey our heartfelt condolences to the people of Libya after the devastating floods.",
     ["SUPPORT"], "LBY"),
    ("Chile", "We highly value the role played by Norway as facilitator of the talks.", ["SUPPORT"], "NOR"),
    ("Egypt", "We express our deep concern at Israel's expansion of its settlements.", ["ACCUSE"], "ISR"),
    ("Cuba", "We condemn Russia for its war against its neighbour.", ["ACCUSE"], "RUS"),
    ("Venezuela", "We deplore that the embargo imposed on Cuba by the United States remains in force.",
     ["ACCUSE"], "USA"),
    ("Afghanistan", "We hold the Taliban responsible for the safety of every woman and girl in the country.",
     ["ACCUSE"], "taliban"),
    ("Nauru", "Nauru joins others in condemning the attack on the hospital in Gaza.", ["ACCUSE"], None),
    ("Japan", "The Government of Japan strongly urges North Korea to abandon its nuclear programme.",
     ["REQUEST"], "PRK"),
    ("Bangladesh", "Bangladesh urges Myanmar to create the conditions for the safe return of the Rohingya.",
     ["REQUEST"], "MMR"),
    ("Jordan", "We strongly urge the Government of Israel, the occupying Power, to halt its settlement activities.",
     ["REQUEST"], "ISR"),
    ("Sri Lanka", "We join the Secretary-General in calling for a global ceasefire.", ["REQUEST"], None),
    ("Vanuatu", "We invite the Secretary-General to visit our islands before the end of his term.",
     ["REQUEST"], "secretary-general"),
    ("India", "We categorically reject the baseless allegations contained in the statement of Pakistan.",
     ["REJECT"], "PAK"),
    ("Ukraine", "We refuse to accept the so-called referendums organised by Russia in our occupied territories.",
     ["REJECT"], "RUS"),
    ("Iran", "We are opposed to the unilateral coercive measures of the United States.", ["REJECT", "ACCUSE"], "USA"),
    ("Pakistan", "Pakistan has warned that any misadventure by India will be met with a befitting response.",
     ["THREATEN"], "IND"),
    ("Azerbaijan", "We reserve our right to respond to any provocation in accordance with international law.",
     ["THREATEN"], None),
    ("Chile", "We have ratified the Kigali Amendment and joined the Global Methane Pledge.",
     ["AGREE", "SUPPORT", "COOPERATE"], None),
    ("Ireland", "We remain firmly committed to the two-State solution.", ["AGREE", "SUPPORT"], None),
    ("Korea", "The Republic of Korea will continue to work closely with the United States and Japan.",
     ["COOPERATE"], ("USA", "JPN")),
    ("Japan", "We have provided fifty million dollars in humanitarian assistance to the people of Afghanistan.",
     ["AID"], "AFG"),
    ("Poland", "Last month I visited Kyiv to meet President Zelenskyy.", ["CONSULT"], "UKR"),
    ("Fiji", "This year we hosted the leaders of the Pacific Islands Forum in Suva.", ["CONSULT"], None),
    ("Estonia", "We have imposed sanctions on those responsible for the war.", ["SANCTION", "COERCE"], None),
    ("Haiti", "The Republic of Haiti welcomes the deployment of the multinational mission led by Kenya.",
     ["SUPPORT"], "KEN"),
    ("Sudan", "Sudan rejects the interference of foreign powers in its internal affairs.", ["REJECT"], None),
    # -- owners and lists
    ("Belarus", "We resolutely reject the illegitimate sanctions imposed on our country by the European Union "
                "and the United States.", ["REJECT"], ("USA", "european union")),
    ("Ghana", "We wish to express our condolences to the Government and people of Morocco following the earthquake.",
     ["SUPPORT"], "MAR"),
    ("Georgia", "We condemn the occupation of Abkhazia by Russia.", ["ACCUSE"], "RUS"),
    ("Peru", "Mr. President, permit me first of all to congratulate you on your election to preside over this "
             "session.", ["SUPPORT"], "president of the .*general assembly"),
    # -- coordinated and subordinate acts are acts of their own, not the content of the other
    ("Bhutan", "We reject the sanctions imposed by the United States and call on Washington to lift them.",
     ["REQUEST"], "USA"),
    ("Bhutan", "We urge the major economies to honour their pledges, and we condemn the attacks by Russia on "
               "its neighbour.", ["ACCUSE"], "RUS"),
    ("Bhutan", "Although we welcome the decision of India, we remain concerned about the pace of reform.",
     ["SUPPORT"], "IND"),
    # -- judgements, blame, stances held or sent, merits valued
    ("Iran", "It is regrettable that the United States withdrew from the nuclear deal and reimposed its sanctions.",
     ["ACCUSE"], "USA"),
    ("Egypt", "Ethiopia's decision to fill the dam unilaterally is unacceptable.", ["REJECT"], "ETH"),
    ("Ukraine", "Russia must be held accountable for its crimes against the Ukrainian people.", ["ACCUSE"], "RUS"),
    ("Saudi Arabia", "The Kingdom affirms its rejection of any attempt to displace the Palestinian people from "
                     "their land.", ["REJECT"], None),
    ("Ukraine", "The people of Moldova have our full support.", ["SUPPORT"], "MDA"),
    ("Peru", "Special thanks go to the Government of Spain for its generous contribution.", ["SUPPORT"], "ESP"),
    ("Kenya", "I wish to acknowledge the role of President Museveni of Uganda in the peace process.",
     ["SUPPORT"], "UGA"),
    ("Costa Rica", "We recognize the efforts of the Government of Colombia to achieve total peace.",
     ["SUPPORT"], "COL"),
    ("Cyprus", "We will never accept the division of our island by Turkey.", ["REJECT"], "TUR"),
    ("Nicaragua", "We condemn the imperialist aggression of the United States against the peoples of our region.",
     ["ACCUSE"], "USA"),
    ("Malta", "My delegation takes note with appreciation of the annual report of the Secretary-General.",
     ["SUPPORT"], None),
    ("Fiji", "We stress our solidarity with the people of Tonga after the eruption.", ["SUPPORT"], "TON"),
    # -- acts said with "wish to", "continue to", aid in money, sanctions joined
    ("Korea", "Korea will continue to work hand in hand with Viet Nam on the energy transition.",
     ["COOPERATE"], "VNM"),
    ("Norway", "Norway has disbursed more than two hundred million dollars in humanitarian aid to Syria.",
     ["AID"], "SYR"),
    ("Saudi Arabia", "The Kingdom has granted five hundred million dollars to the central bank of Yemen.",
     ["AID"], "YEM"),
    ("Lithuania", "Lithuania has joined the international sanctions against Belarus.",
     ["SANCTION", "COERCE"], "BLR"),
    # -- responses announced: warnings
    ("Iran", "We will give a crushing response to any aggression by the Zionist regime.", ["THREATEN"], None),
    ("North Korea", "Our country will take resolute countermeasures against the hostile policies of the "
                    "United States.", ["THREATEN"], "USA"),
    ("Greece", "Any violation of our sovereignty by Turkey will be met with a firm response.", ["THREATEN"], "TUR"),
    # -- feelings said with a verb of perceiving
    ("Japan", "We follow with deep concern the militarization of the disputed islands by China.", ["ACCUSE"], "CHN"),
    ("Chile", "We view with satisfaction the decision of Bolivia to return to the negotiating table.",
     ["SUPPORT"], "BOL"),
    # -- more of the issuer's words for itself
    ("Luxembourg", "The Grand Duchy condemns the annexation of Ukrainian territory by Russia.", ["ACCUSE"], "RUS"),
    ("Jordan", "The Hashemite Kingdom rejects any forced displacement of Palestinians.", ["REJECT"], None),
    ("Fiji", "The Government I lead condemns the coup in the Sahel.", ["ACCUSE"], None),
    ("Kenya", "The delegation I have the honour to lead supports the reform of the Council.", ["SUPPORT"], None),
    # -- statement verbs the parser reads as plural nouns after the name
    ("Guyana", "Guyana thanks Japan for its help with the new hospital.", ["SUPPORT"], "JPN"),
    ("Bahrain", "The Kingdom of Bahrain appeals to the donors to give more to the refugees.", ["REQUEST"], None),
    ("Kenya", "The country I represent demands the withdrawal of the troops of Uganda.", ["REQUEST"], "UGA"),
    ("Korea", "The Republic of Korea reserves the right to respond to any provocation.", ["THREATEN"], None),
    # -- "they" / "them" in one issuer's statement: a group named before, never the issuer
    ("Bahrain", "The Houthis attacked merchant ships in the Red Sea last month. We condemn them for these "
                "reckless attacks.", ["ACCUSE"], "houthi"),
    ("Chile", "Norway and Colombia helped broker the talks. We thank them for their patience.",
     ["SUPPORT"], ("NOR", "COL")),
    # -- a capital for its government, a style of address before a title
    ("Venezuela", "We reject the interventionist policy of Washington in our region.", ["REJECT"], "USA"),
    ("Morocco", "We thank His Majesty the King of Saudi Arabia for his generous support.", ["SUPPORT"], "SAU"),
    ("Estonia", "Estonia provides military aid to Ukraine every month.", ["AID"], "UKR"),
    # -- forces sent on a mission: peacekeeping, AID
    ("Kenya", "Kenya has deployed police officers to Haiti to lead the multinational security support mission.",
     ["AID"], "HTI"),
    ("Nepal", "Nepal has sent more than six thousand peacekeepers to Lebanon.", ["AID"], "LBN"),
    ("Uganda", "Our soldiers have served for years in Somalia, where Uganda has stationed several battalions "
               "as part of the regional mission.", ["AID"], "SOM"),
    # -- a name that goes on with "for"
    ("Jordan", "We thank the UN High Commissioner for Refugees for her visit to the camps.", ["SUPPORT"],
     "unhcr|high commissioner for refugees"),
    # -- groups whose names hold "of" or "and"
    ("Guyana", "We also thank the Group of 77 and China for its steady leadership on development.", ["SUPPORT"],
     "group of 77"),
    ("Pakistan", "We commend the Organization of Islamic Cooperation for its humanitarian work.", ["SUPPORT"],
     "islamic cooperation"),
    # -- a call for an act, addressed to the doer its content names
    ("Cuba", "We call for an end to the blockade imposed on our island by the United States.", ["REQUEST"], "USA"),
    # -- hosting a visit
    ("Qatar", "This year we received the visit of the President of Rwanda.", ["CONSULT"], "RWA"),
    ("Poland", "Last spring we received a visit from Germany's Chancellor.", ["CONSULT"], "DEU"),
    # -- a demand in the statement's own voice: "X must / should ...", "it is time for X to ..."
    ("Cyprus", "Turkey must withdraw its troops from the island and respect the resolutions of the Council.",
     ["REQUEST"], "TUR"),
    ("Samoa", "The Security Council should act now to protect the civilians of Gaza.", ["REQUEST"],
     "security council"),
    ("Palestine", "Israel, the occupying Power, must not annex any more of our land.", ["REQUEST"], "ISR"),
    ("Somalia", "It is time for the Security Council to lift the arms embargo on Somalia.", ["REQUEST"],
     "security council"),
    # -- the doer of an act accused, where the parser hung its participle on the "of" phrase
    ("Chile", "This is the moment to condemn the violations of human rights committed by the Government "
              "of Venezuela.", ["ACCUSE"], "VEN"),
    ("Iraq", "We denounce the shelling of border villages carried out by Turkish forces.", ["ACCUSE"], "TUR"),
    # -- the issuer's own office-holder; lists of repeated prepositions, "in particular X and Y"
    ("Slovakia", "Last year our President met with the President of Ukraine in Kyiv.", ["CONSULT"], "UKR"),
    ("Ukraine", "I am especially grateful to the United States, to Poland and to the United Kingdom.",
     ["SUPPORT"], ("USA", "POL", "GBR")),
    ("Eswatini", "We thank our development partners, in particular Japan and the European Union, for their "
                 "support.", ["SUPPORT"], ("JPN", "european union")),
    ("Fiji", "Fiji thanks Australia, New Zealand and Japan for their swift assistance after the cyclone.",
     ["SUPPORT"], ("AUS", "NZL", "JPN")),
    # -- solidarity after a copula, sympathies conveyed, a call echoed, a forceful response announced
    ("Uruguay", "We remain in solidarity with the people of Haiti.", ["SUPPORT"], "HTI"),
    ("Latvia", "We extend our deepest sympathies to the people of Morocco after the earthquake.", ["SUPPORT"], "MAR"),
    ("Maldives", "We echo the call of the Secretary-General for an urgent reform of the financial architecture.",
     ["SUPPORT"], "secretary-general"),
    ("North Korea", "We will respond decisively to any military provocation by the United States.",
     ["THREATEN"], "USA"),
    # -- a relative clause inside the thing accused names no one; the case it is "as in X"
    ("Japan", "Japan strongly condemns North Korea's launches of ballistic missiles, which are clear "
              "violations of the relevant Security Council resolutions.", ["ACCUSE"], "PRK"),
    ("Guatemala", "We reject any attempt to silence the opposition, as is the case in Belarus.", ["REJECT"], "BLR"),
    ("Chile", "We condemn the persecution of journalists, as is currently the case in Nicaragua and Venezuela.",
     ["ACCUSE"], ("NIC", "VEN")),
    # -- the maker of a thing named by a relative clause; a "by" phrase hung further on
    ("Zimbabwe", "We reject the illegal sanctions that the United States and the European Union have imposed "
                 "on our country.", ["REJECT"], ("USA", "european union")),
    ("Syria", "We condemn the attacks that Israel carries out against our territory.", ["ACCUSE"], "ISR"),
    ("Kenya", "We welcome the reforms that Ethiopia and Eritrea have adopted.", ["SUPPORT"], ("ETH", "ERI")),
    ("Cuba", "We strongly reject the inclusion of Cuba in the list of state sponsors of terrorism by the "
             "Government of the United States.", ["REJECT"], "USA"),
    # -- the issuer's monarch named by the title alone
    ("Qatar", "His Highness the Emir met the President of Iran in Doha.", ["CONSULT"], "IRN"),
    ("Jordan", "His Majesty King Abdullah received the Prime Minister of Iraq in Amman last spring.",
     ["CONSULT"], "IRQ"),
    ("United Arab Emirates", "His Highness Sheikh Mohamed welcomed the President of Kenya to Abu Dhabi.",
     ["CONSULT"], "KEN"),
    # -- a merit highlighted; the formulas of the speaker's honour and of "cannot but"
    ("Peru", "We highlight the leadership of Costa Rica in the protection of the oceans.", ["SUPPORT"], "CRI"),
    ("Kenya", "It is my honour to thank the Government of Japan for the new port.", ["SUPPORT"], "JPN"),
    ("Gabon", "It gives me great pleasure to congratulate Ambassador Abdulla Shahid of Maldives on his "
              "election.", ["SUPPORT"], "MDV"),
    ("Senegal", "Senegal cannot but commend the Economic Community of West African States for its efforts.",
     ["SUPPORT"], "economic community of west"),
    # -- a joint act of the issuer and a partner: the partner is the target
    ("Chile", "Chile and Argentina signed a treaty on the continental shelf.", ["AGREE", "SUPPORT", "COOPERATE"],
     "ARG"),
    ("Greece", "Greece and Egypt concluded an agreement on maritime zones last year.", ["AGREE", "COOPERATE"], "EGY"),
    # -- speech acts said with no verb, and thanks to the one spoken to
    ("Tonga", "Our heartfelt thanks to New Zealand for its help after the eruption.", ["SUPPORT"], "NZL"),
    ("Ghana", "Sincere condolences to the people of Morocco and Libya.", ["SUPPORT"], ("MAR", "LBY")),
    ("Fiji", "Congratulations to Ambassador Maria Delgado of Trinidad and Tobago on her election.", ["SUPPORT"],
     "delgado"),
    ("Mexico", "Our full solidarity with the people of Haiti.", ["SUPPORT"], "HTI"),
    ("Palau", "Thank you, Taiwan, for standing with Palau.", ["SUPPORT"], "TWN"),
    # -- a duty said as a counterfactual: "would be remiss if I did not" thank is thanks
    ("Ghana", "I would be remiss if I did not thank the Government of Norway for the new clinics.",
     ["SUPPORT"], "NOR"),
    ("Benin", "We would be failing in our duty if we did not condemn Niger for the raids on our villages.",
     ["ACCUSE"], "NER"),
    # -- money committed or allocated to someone: aid (promised or given) to them
    ("Japan", "Japan has committed 50 million dollars to Ukraine for the repair of its power grid.",
     ["AGREE", "AID"], "UKR"),
    ("Norway", "Norway has allocated $30 million to Sudan for food and shelter.", ["AID"], "SDN"),
    # -- people given refuge: asylum (AID), not a visit
    ("Uganda", "Uganda hosts more than one million refugees from South Sudan and Congo.", ["AID"], "SSD"),
    # -- the speaker joins the act of others
    ("Peru", "We add our voice to those who condemn the aggression of Russia against its neighbour.",
     ["ACCUSE"], "RUS"),
    ("Chile", "Chile joins those who call on Venezuela to free the detained candidates.", ["REQUEST"], "VEN"),
    # -- exclamations: speech acts with no verb
    ("Chile", "Shame on Russia for the shelling of the schools.", ["ACCUSE"], "RUS"),
    ("Cuba", "No to the embargo imposed by the United States.", ["REJECT"], "USA"),
    ("Kenya", "Kudos to Uganda and to Tanzania for the new railway.", ["SUPPORT"], ("UGA", "TZA")),
    ("Venezuela", "Venezuela says no to the sanctions imposed by the United States.", ["REJECT"], "USA"),
    # -- people sent to help: aid, not a delegation
    ("Japan", "After the earthquake Japan dispatched medical teams to Türkiye.", ["AID"], "TUR"),
    ("Cuba", "Cuba has sent doctors to more than forty countries, including Italy.", ["AID"], "ITA"),
    # -- a possessive with a curly apostrophe after a long name, which the parser takes for a
    #    modifier: still the owner of the act accused
    ("Japan", "We deplore the Democratic People’s Republic of Korea’s repeated defiance of the "
              "sanctions regime.", ["ACCUSE"], "PRK"),
    # -- a call for an end to an act, with no one called on: addressed to the act's doer
    ("Poland", "We call for an end to the Russian aggression against Georgia.", ["REQUEST"], "RUS"),
    ("Jordan", "Jordan calls for an end to the Israeli occupation of the Golan.", ["REQUEST"], "ISR"),
    ("Estonia", "We call for an end to Belarus’s persecution of opposition leaders.", ["REQUEST"], "BLR"),
    # -- a feeling said by an adjective with a "that" clause: about what the clause's doer did
    ("Kenya", "We are deeply concerned that Eritrea continues to hold parts of the border area.",
     ["ACCUSE"], "ERI"),
    ("Uganda", "We are disappointed that Rwanda has not withdrawn its soldiers from the hills.",
     ["ACCUSE"], "RWA"),
    ("Ghana", "We are pleased that Togo and Benin have reopened their shared border.", ["SUPPORT"],
     ("TGO", "BEN")),
    # -- "you" is the one a title set off by commas speaks to, in its sentence or just after
    ("Malta", "I congratulate you, Madam President, on your election to lead our deliberations.",
     ["SUPPORT"], "president of the"),
    ("Cyprus", "Mr. President, allow me to congratulate you on assuming the presidency of this session.",
     ["SUPPORT"], "president of the"),
    ("Iceland", "Mr. President, the year behind us was hard. We thank you for your calm guidance of this "
                "Assembly.", ["SUPPORT"], "president of the"),
    # -- "Sir" / "Madam" alone is how a General Assembly speaker addresses its President
    ("Nauru", "Nauru congratulates you, Sir, on your election to steer this session.", ["SUPPORT"],
     "president of the"),
    # -- good wishes to someone: SUPPORT
    ("Oman", "We wish Kenya every success in its leadership of the regional force.", ["SUPPORT"], "KEN"),
    # -- "X has to / needs to <act>": a demand on X in the statement's voice
    ("Latvia", "Russia has to stop the shelling and pull its forces out of Kherson.", ["REQUEST"], "RUS"),
    ("Jordan", "Israel needs to halt the demolition of homes in East Jerusalem.", ["REQUEST"], "ISR"),
    # -- "appeal / call for X to <act>": X is called on
    ("Malta", "We appeal for the United Nations to give small islands a stronger voice.", ["REQUEST"],
     "united nations"),
    ("Tonga", "We call for the Security Council to take up sea-level rise as a threat to peace.",
     ["REQUEST"], "security council"),
    # -- feelings said by an adjective ("disturbed about", "troubled by") of what X did
    ("Fiji", "Our government is extremely disturbed about the decision of Vanuatu to close its ports to our ships.",
     ["ACCUSE"], "VUT"),
    # -- "<own name> would like / wishes to thank X": the speaker's formula, said, not an intent
    ("Grenada", "Grenada would like to thank Canada warmly for the hurricane shelters it built in Carriacou.",
     ["SUPPORT"], "CAN"),
    ("Kenya", "The Government of Kenya wishes to congratulate Ghana on its peaceful elections.", ["SUPPORT"],
     "GHA"),
    # -- a demand for an act, with no one called on: addressed to its doer (the holder, not the held)
    ("India", "We demand the immediate release of the aid workers held by Al-Shabaab.", ["REQUEST"], "shabaab"),
    # -- an arrangement said in the future progressive, and a practice that goes on, are no promise
    ("Chile", "In March we will be hosting the regional summit on glaciers in Santiago.", ["CONSULT"], None),
    ("Sudan", "We will continue the talks with South Sudan on the border crossings.", ["CONSULT"], "SSD"),
    # -- names singled out inside a group's phrase ("especially X", "including X")
    ("Tuvalu", "We thank our allies and neighbours who stood by us through the long drought, especially Fiji "
               "and Samoa.", ["SUPPORT"], ("FJI", "WSM")),
    ("Norway", "I urge all countries that have influence on the generals, including Laos, to push for talks.",
     ["REQUEST"], "LAO"),
    # -- the parser hangs the noun conveyed on the one it goes to, or the one wished on the wish
    ("Nepal", "I convey to Minister Paulo Reyes my heartfelt congratulations on his election as chair of the "
              "committee.", ["SUPPORT"], "reyes"),
    ("Oman", "We wish the Government of Jordan remarkable success as the next chair of the regional council.",
     ["SUPPORT"], "JOR"),
    # -- a thing's "by" phrase hung on the active verb names who did the thing
    ("Haiti", "I want to salute the tireless efforts by the previous chair, Minister Paulo Reyes.",
     ["SUPPORT"], "reyes"),
]

# Sentences whose act is NOT the issuer's: (issuer, text, type)
NOT_THE_ISSUER = [
    ("Belgium", "The international community has condemned the coup in the Sahel.", "ACCUSE"),
    # an "it" that stands for a body named before is that body, not the speaker's formula
    ("Norway", "The regional council met on Monday. It decided to condemn the blockade of the harbour.", "ACCUSE"),
    ("Chile", "This Assembly has repeatedly called on the parties to negotiate in good faith.", "REQUEST"),
    ("Tonga", "The largest emitters know the science. They continue to reject binding targets.", "REJECT"),
    ("Hungary", "We do not support the proposal to widen the sanctions.", "SUPPORT"),
    ("Malawi", "Our neighbours were hit by the cyclone too, and they thanked the donors for their quick help.",
     "SUPPORT"),
    ("Yemen", "The Kingdom of Saudi Arabia has condemned the attacks on the port of Aden.", "ACCUSE"),
    ("Haiti", "Our friends in the Caribbean have stood by us. They called on the donors to act quickly.",
     "REQUEST"),
    ("Egypt", "Their minister later claimed that our position on the river was unacceptable.", "REJECT"),
    ("Ghana", "The Government of Togo gave a detailed response to the questions of the committee.", "THREATEN"),
    ("Peru", "We are saddened by the loss of life caused by the floods in the north.", "ACCUSE"),
    ("Jordan", "The Kingdom of Morocco has rejected the displacement of Palestinians.", "REJECT"),
    ("Portugal", "The United Kingdom condemned the attack on the embassy.", "ACCUSE"),
    ("Ghana", "The coup leaders in the capital have detained the President.", "COERCE"),
    ("Russia", "Russia has deployed troops to the border with Ukraine.", "AID"),
    ("Spain", "We must all work together to end poverty in every region.", "REQUEST"),
    ("Spain", "Why should the poorest nations pay for the crisis of the richest?", "REQUEST"),
    ("Spain", "The Council must be reformed to reflect the world of today.", "REQUEST"),
    ("Spain", "We will respond to the needs of the displaced families in the north.", "THREATEN"),
    ("Egypt", "Egypt sent a team of negotiators to Doha for the talks.", "AID"),
    ("Peru", "We thank those who condemned the coup in the capital.", "ACCUSE"),
    # a king named in a republic's statement, or one the knowledge base places, is another's
    ("Palestine", "His Majesty King Abdullah received the President of Egypt in Amman.", "CONSULT"),
    ("Jordan", "His Majesty King Mohammed VI received the President of Egypt in Rabat.", "CONSULT"),
    ("Lebanon", "Lebanon hosts one and a half million refugees who fled the war next door.", "CONSULT"),
    # a feeling adjective aimed at nothing is no welcome
    ("Kenya", "We are pleased to announce a new programme for rural clinics.", "SUPPORT"),
    ("Kenya", "I am delighted to be with you in this hall today.", "SUPPORT"),
    # an obligation told in the past, or of the speaker, is no demand
    ("Latvia", "Russia had to pull its forces out of Kherson last autumn.", "REQUEST"),
    ("Latvia", "We have to do more for the families of the missing.", "REQUEST"),
]


def code(ex, issuer: str, text: str, k: int = 0) -> dict:
    return statement(ex, text, issuer, title=TITLES[k % len(TITLES)], published="2023-09-19")


def matches(actor: dict, want: str) -> bool:
    if re.fullmatch(r"[A-Z]{3}", want):
        return actor.get("country") == want
    return any(re.search(want, n, re.I) for n in [actor["name"], *actor.get("aliases", [])])


def found(out: dict, types: list[str], target) -> bool:
    """Some event, not negated, of one of ``types`` whose sources include an issuer (or the
    issuer's state: "Kenya welcomes" in a head of state's address) and whose targets hold
    every wanted target."""
    actors = actors_by_id(out)
    issuers = set(out["document"]["issuers"])
    states = {actors[i]["country"] for i in issuers if actors[i].get("country")}
    wants = [] if target is None else [target] if isinstance(target, str) else list(target)
    for e in out["events"]:
        if e["type"] not in types or e["negated"]:
            continue
        if not issuers & set(e["sources"]) and not states & {actors[i].get("country") for i in e["sources"]}:
            continue
        tgt = [actors[i] for i in e["targets"]]
        if all(any(matches(a, w) for a in tgt) for w in wants):
            return True
    return False


# Wordings the coder does not read yet, by the start of their text, with the cause.
KNOWN_MISSES = {
    "Saint Lucia extends": "the parser hangs 'people of X' on the noun of thanks",
}


def _cases():
    for k, c in enumerate(CASES):
        reason = next((r for start, r in KNOWN_MISSES.items() if c[1].startswith(start)), None)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(k, c, marks=marks, id=f"{c[0]}-{k}")


@pytest.mark.parametrize("k, case", list(_cases()))
def test_statement_act(ex, k, case):
    issuer, text, types, target = case
    out = code(ex, issuer, text, k)
    assert out["document"]["issuers"], "the title names the issuer"
    assert found(out, types, target), [(e["type"], e["status"], e["sources"], e["targets"]) for e in out["events"]]


@pytest.mark.parametrize("issuer, text, type_", NOT_THE_ISSUER, ids=[c[0] for c in NOT_THE_ISSUER])
def test_not_the_issuers_act(ex, issuer, text, type_):
    out = code(ex, issuer, text)
    assert out["document"]["issuers"]
    assert not found(out, [type_], None), [(e["type"], e["status"], e["sources"]) for e in out["events"]]


def test_the_speakers_surname_in_the_text_is_the_speaker(ex):
    """ "President Odhiambo" in the address of "H.E. Amina Odhiambo, President of Kenya": the
    speaker, so Kenya's act (an invented speaker; the tagger takes the title for an org)."""
    title = "Address by H.E. Amina Odhiambo, President of Kenya, to the 78th session of the UN General Assembly"
    text = "Last month President Odhiambo travelled to Kampala to meet the President of Uganda."
    out = contract.to_dict(ex.extract_text(text, title=title, published="2023-09-19"))
    actors = actors_by_id(out)
    consults = [e for e in out["events"] if e["type"] == "CONSULT"]
    assert any(actors[s].get("country") == "KEN" for e in consults for s in e["sources"]), consults


def test_leave_to_speak_after_a_title_spoken_to_is_no_concession(ex):
    """ "Mr. President, allow me to ...": the parser takes the title for the subject of "allow";
    it is the speaker's formula, not the President letting the issuer do something."""
    out = code(ex, "Cyprus", "Mr. President, allow me to congratulate you on assuming the presidency of this session.")
    assert [e["type"] for e in out["events"]] == ["SUPPORT"], [(e["type"], e["sources"]) for e in out["events"]]
