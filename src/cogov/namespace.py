"""The CoGov namespace: every term of the ontology as an attribute of ``COGOV``.

GENERATED from the CoGov ontology 0.1.0 by
``python -m cogov.tools.gen_namespace``; do not edit by hand (a test fails when this file
is out of date).

Unknown terms raise ``AttributeError``. Local names that are not Python identifiers
(``formalization-high``) are reached as ``COGOV["formalization-high"]`` or through an alias
in which every other character becomes ``_`` (``COGOV.formalization_high``).

>>> str(COGOV.LocalGovernmentCollaboration)
'https://w3id.org/cogov#LocalGovernmentCollaboration'
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class COGOV(DefinedNamespace):
    """CoGov: local-government collaborative governance (https://w3id.org/cogov)."""

    _fail = True
    _NS = Namespace("https://w3id.org/cogov#")

    # ---- Classes ----
    # The value partition for how much a local collaboration does: few activities or many
    # activities, counted against a threshold of distinct activities (3 by default).
    ActivityLevel: URIRef
    # The part of the activity partition that holds only the value not reported: the activities of
    # the case are not reported.
    ActivityLevelNotReported: URIRef
    # The adaptive adjustment strategy (适应调整型), one of the four strategies of cross-boundary
    # ecological and environmental collaborative governance that Cui Jing and Bi Xinyu build from
    # the degree of external demand and the breadth of social participation; the paper names it
    # without describing it: “崔晶和毕馨雨根据外部需求程度和社会参与的广泛性,构建起科层发包型、适应调整型、市场契约型及多元参与型四种跨域生态环境协同治理策略”
    # (section 三(二)).
    AdaptiveAdjustmentStrategy: URIRef
    # The traditional form of government in which each government governs within the rigid bounds of
    # its administrative division.
    AdministrativeRegionAdministration: URIRef
    # Process management that sets up occasions and arrangements for the actors of a network to
    # interact.
    ArrangingInteractions: URIRef
    # An organisational mode of collaboration along vertical intergovernmental relations that rests
    # on authority and hierarchy: power is highly concentrated and unified, coordination depends
    # heavily on authority, and information flows vertically.
    AuthorityBasedVerticalCollaboration: URIRef
    # An instrument by which a superior starts collaboration through legislation or policy,
    # especially where voluntary motivation is missing, for example by requiring new bodies or
    # decision procedures, or by assessing collaborative performance.
    AuthorityInstrument: URIRef
    # The part of the decision-autonomy partition that holds only the value not reported: the
    # sources do not say whether the participants kept their joint decision power.
    AutonomyNotReported: URIRef
    # The part of the decision autonomy partition that holds only the value partly preempted: the
    # superior intervenes in the process, takes back part of the participants' decision power and
    # assigns them tasks.
    AutonomyPartlyPreempted: URIRef
    # The part of the decision autonomy partition that holds only the value retained: the
    # participants negotiate and decide by themselves within the frame of the superior's goals.
    AutonomyRetained: URIRef
    # The national government, including its ministries, which can require, induce or lead local
    # collaboration from above.
    CentralGovernment: URIRef
    # The central-induced mode, one of the three modes into which China's local collaborative
    # governance can be divided by the degree of central intervention; the paper names it without
    # describing it: “基于中央的介入程度,我国地方协同治理模式可分为互利模式、大行政单位主导模式和中央诱导模式” (section 三(二)).
    CentralInducedMode: URIRef
    # The mode of cross-boundary governance in which the central government leads: by administrative
    # orders or policy support it requires regional governance bodies to be set up and gives the
    # localities policy, funds and talent.
    CentralLedMode: URIRef
    # Cooperation between local governments that is dominated by the central government and in which
    # the local governments take part passively.
    CentrallyDominatedPassiveCooperation: URIRef
    # Cooperation between local governments that they carry out autonomously under the guidance of
    # the central government.
    CentrallyGuidedAutonomousCooperation: URIRef
    # The local government of a city, in particular of a prefecture-level city.
    CityGovernment: URIRef
    # The form of the horizontal intergovernmental-led mode in which all participating actors
    # initiate the collaboration together.
    CoInitiatedMode: URIRef
    # A record that the coder's explicit judgement of a case's degree of formalisation or amount of
    # collaborative activity differs from the value the classification rules derive, and that the
    # coder's judgement was used, with the warning that goes with it.
    CoderOverride: URIRef
    # The key basis of collaboration reached when participants, through continued communication,
    # arrive at a consistent and conceptualised definition of the problem.
    CognitiveConsensus: URIRef
    # The joint effort of several actors who handle their disagreements constructively and share
    # resources and act together in order to solve public problems or provide services.
    Collaboration: URIRef
    # The form through which local governments collaborate, such as a leaders' meeting, a forum, an
    # agreement or a regional agency; each form is either informal or formal.
    CollaborationMechanism: URIRef
    # A scarce, hard-to-obtain resource that an organisation needs for its goals and may gain by
    # collaborating with the organisation that holds it.
    CollaborationResource: URIRef
    # What local governments actually do together in a collaboration, such as joint enforcement,
    # joint monitoring, fund sharing or joint planning; the content of collaboration as against its
    # form.
    CollaborativeActivity: URIRef
    # An institutionalised collective decision-making process in which two or more actors, such as
    # governments, enterprises, social organisations, communities or the public, take part,
    # communicate in both directions and share power in order to reach a common goal such as
    # providing a public service or solving a social problem, and so create shared value.
    CollaborativeGovernance: URIRef
    # A definition of collaborative governance proposed by a scholar and contrasted by the paper
    # with the others.
    CollaborativeGovernanceDefinition: URIRef
    # One of the six principles that leadership able to build and keep a collaboration running tends
    # to follow.
    CollaborativeLeadershipPrinciple: URIRef
    # Public management in which participants approach a problem from its different sides and
    # jointly and constructively search for solutions beyond the limits of each one's own capacity.
    CollaborativePublicManagement: URIRef
    # A residential community, acting through its organisations, that may initiate or take part in
    # collaborative governance.
    Community: URIRef
    # A multi-centre, self-governing cooperation mechanism formed by overlapping and nesting among
    # governments across administrative divisions and levels, which also draws non-governmental
    # organisations in, to promote regional economic integration and provide public services across
    # divisions.
    CompoundAdministration: URIRef
    # Process management that links actors, their goals and resources to one another.
    Connecting: URIRef
    # A governance mode of cross-boundary environmental collaboration in which contracts dominate
    # and whose core principle is exchange between equals.
    ContractLedMode: URIRef
    # One of the four elements that, in essence, every instance of collaborative governance
    # contains.
    CoreElement: URIRef
    # The local government of a county or an administrative unit of county level.
    CountyGovernment: URIRef
    # A public affair or social problem that crosses the boundaries of administrative jurisdictions,
    # so that no single government can handle it with its own powers and capacities.
    CrossBoundaryPublicAffair: URIRef
    # The career network formed when officials are transferred between regions, which studies of
    # China find helps local governments cooperate in public services, environmental governance and
    # trade.
    CrossRegionalJobTransfer: URIRef
    # Collaborative governance in which government works together with actors of other sectors, such
    # as enterprises or social organisations.
    CrossSectorCollaboration: URIRef
    # The value partition for whether the local governments keep the power to decide autonomously in
    # the collaboration process, or the superior has partly taken it back.
    DecisionAutonomy: URIRef
    # The institutional setting in which local governments compete and cooperate under a vertical
    # incentive mechanism, so that their cooperation tends to be politically mobilised.
    DevelopmentalLocalism: URIRef
    # An intergovernmental relation between governments or departments of different levels that are
    # not in a line of command, such as a provincial department and a city government of another
    # province.
    DiagonalIntergovernmentalRelation: URIRef
    # A factor that shapes local governments' motivation to form a collaboration and the form the
    # collaboration takes.
    Driver: URIRef
    # A recurring way in which a driver is observed to act on local-government collaboration.
    DriverEffectPattern: URIRef
    # Homophily in the economic conditions of the participating places.
    EconomicSimilarity: URIRef
    # A business organisation of the market that takes part in collaborative governance with
    # government or other actors.
    Enterprise: URIRef
    # Homophily in the environmental conditions of the participating places.
    EnvironmentalSimilarity: URIRef
    # A passage of a source that a coder quotes in support of one coded value of a case, with where
    # it was found, who recorded it and how sure the coder is.
    Evidence: URIRef
    # Process management that helps the actors explore the substance of the problem and possible
    # solutions together.
    ExploringContent: URIRef
    # A metagovernor that stands outside the network it manages, such as a superior government.
    ExternalMetagovernor: URIRef
    # The doctrine of US law that a state law conflicting with a federal law is void and the federal
    # law takes its place.
    FederalPreemption: URIRef
    # The part of the activity partition that holds only the value few: the collaboration has fewer
    # distinct activities than the threshold.
    FewActivities: URIRef
    # A local government collaboration that uses a formal mechanism, such as a contract, an
    # agreement or a regional agency, which sets out rights and duties, governance structure and
    # rules and binds the participants strongly.
    FormalCollaboration: URIRef
    # The value partition for how formal the form of a local collaboration is: low when it uses only
    # informal mechanisms, high when it uses at least one formal mechanism.
    Formalization: URIRef
    # The part of the formalisation partition that holds only the value not reported: the mechanisms
    # of the case are not reported.
    FormalizationNotReported: URIRef
    # A department of a government in charge of one functional field, such as environmental
    # protection or transport; collaboration may also take place between such departments.
    FunctionalDepartment: URIRef
    # The nearness of the participating places, which goes with high homophily and is one of the
    # factors that influence local-government collaboration.
    GeographicProximity: URIRef
    # The arrangements and processes by which interdependent actors that operate independently make
    # collective decisions to draw up plans and reach shared goals.
    Governance: URIRef
    # The class of collaborations classified by the way they are governed; each mode that a scholar
    # or the paper proposes is a subclass holding the collaborations governed in that way.
    GovernanceMode: URIRef
    # A public authority at any level of the state that exercises administrative power over a
    # territory or a field.
    Government: URIRef
    # Cross-sector collaboration between government and social organisations or other actors of
    # society.
    GovernmentSocietyCooperation: URIRef
    # Metagovernance in which the metagovernor influences the network only indirectly, through its
    # structure, membership and the framing of its goals.
    HandsOffMetagovernance: URIRef
    # Metagovernance in which the metagovernor intervenes directly, giving the network more
    # resources or even taking part in its activities.
    HandsOnMetagovernance: URIRef
    # The hierarchical contracting-out strategy (科层发包型), one of the four strategies of
    # cross-boundary ecological and environmental collaborative governance that Cui Jing and Bi
    # Xinyu build from the degree of external demand and the breadth of social participation; the
    # paper names it without describing it:
    # “崔晶和毕馨雨根据外部需求程度和社会参与的广泛性,构建起科层发包型、适应调整型、市场契约型及多元参与型四种跨域生态环境协同治理策略” (section 三(二)).
    HierarchicalContractingOutStrategy: URIRef
    # A governance mode of cross-boundary environmental collaboration in which the hierarchical
    # mechanism dominates: it builds formal procedures and relies on hierarchical authority.
    HierarchyLedMode: URIRef
    # The part of the formalisation partition that holds only the value high: the collaboration has
    # at least one formal mechanism.
    HighFormalization: URIRef
    # The tendency of participants to form and keep relations with actors similar to themselves,
    # which makes agreement on goals easier, strengthens trust and reciprocity and lowers risk and
    # costs.
    Homophily: URIRef
    # A driver that lies in the relations among the participating local governments themselves, such
    # as their past cooperation, similarity or existing ties.
    HorizontalDriver: URIRef
    # An intergovernmental relation between governments or departments of the same level that are
    # not subordinate to one another.
    HorizontalIntergovernmentalRelation: URIRef
    # A regional collaborative governance mode in which local governments collaborate spontaneously
    # to deal with a specific regional public problem.
    HorizontalLedMode: URIRef
    # An instrument by which a superior stirs local governments' motivation to collaborate with
    # personnel or fiscal support, such as funds, advice, technical training or funding conditional
    # on a collaborative body.
    IncentiveInstrument: URIRef
    # The form of the horizontal intergovernmental-led mode in which one local actor with greater
    # influence initiates the collaboration.
    InfluentialActorInitiatedMode: URIRef
    # A local government collaboration that uses an informal mechanism: interaction through forums,
    # symposia, seminars, training, meetings or leaders' meetings that grows out of social, economic
    # and political ties between local actors and binds them hardly at all.
    InformalCollaboration: URIRef
    # An instrument by which a superior supports collaboration with guidance, vertical or horizontal
    # communication, information and technical or expert support, which at times only the superior
    # can give.
    InformationInstrument: URIRef
    # The value partition for how a local government collaboration was started: voluntarily by the
    # local governments, or on the requirement of the central or a superior government.
    Initiation: URIRef
    # The part of the initiation partition that holds only the value not reported: the sources do
    # not say how the collaboration was started.
    InitiationNotReported: URIRef
    # The network management strategy that changes the institutional features of a network: who
    # takes part, how it is structured and which rules apply.
    InstitutionalDesign: URIRef
    # Type D of Table 1: a local government collaboration with high formalisation and many
    # collaborative activities.
    InstitutionalisedCollaboration: URIRef
    # Cooperation between governments, whether at the same or at different levels, to handle matters
    # that concern more than one of them.
    IntergovernmentalCooperation: URIRef
    # A relation between two governments in China's system of government, which is vertical,
    # horizontal or diagonal according to the relative position of the two governments.
    IntergovernmentalRelation: URIRef
    # A consequence that vertical intervention has for local-government collaboration, whether it
    # helps or harms it.
    InterventionEffect: URIRef
    # A way in which a central or superior government intervenes in local collaboration, as scholars
    # list such ways.
    InterventionMeans: URIRef
    # The characteristic way superiors intervene in local collaboration in one political setting,
    # including which kinds of instrument they rely on.
    InterventionPattern: URIRef
    # An organisational mode of collaboration along horizontal intergovernmental relations,
    # typically organised as a joint conference of ministries or departments of the same level.
    JointConferenceHorizontalCollaboration: URIRef
    # The large-administrative-unit-led mode, one of the three modes into which China's local
    # collaborative governance can be divided by the degree of central intervention; the paper names
    # it without describing it: “基于中央的介入程度,我国地方协同治理模式可分为互利模式、大行政单位主导模式和中央诱导模式” (section 三(二)).
    LargeAdministrativeUnitLedMode: URIRef
    # A leader's education and career, which shape the preference for collaboration: leaders who
    # studied business or worked in enterprises accept collaboration more readily, having a more
    # open, innovative and boundary-crossing outlook.
    LeaderBackground: URIRef
    # A leader's ability to communicate with and coordinate the participants, one of the ways
    # leaders play a key role in collaboration.
    LeaderCoordinationAbility: URIRef
    # The network among leaders made of exchanges, personal relations, positions and interests,
    # which influences the choice of partners; leaders prefer to collaborate with organisations they
    # worked in before.
    LeaderSocialNetwork: URIRef
    # The degree to which a leader values and backs the collaboration.
    LeaderSupport: URIRef
    # The driver formed by the leaders of the participating governments: their background, their
    # communication and coordination ability, the weight and support they give to collaboration and
    # their networks.
    Leadership: URIRef
    # A government below the central level that governs a territorial division such as a province,
    # city, county or town.
    LocalGovernment: URIRef
    # The series of informal or formal interactions that local governments form to solve a specific
    # cross-boundary public affair, ranging from one-off or phased tasks to institutionalised
    # inter-organisational relations; each case of the case data is one of them.
    LocalGovernmentCollaboration: URIRef
    # The part of the formalisation partition that holds only the value low: the collaboration has
    # no formal mechanism.
    LowFormalization: URIRef
    # A means by which a central or superior government compels local governments to collaborate in
    # pursuit of a policy goal: legislation, administrative order or contract.
    MandateMeans: URIRef
    # A mandated collaboration in which the central or a superior government issues a policy
    # requiring certain local governments to form a collaboration mechanism for a public problem,
    # while the participants negotiate and decide autonomously in the collaboration process.
    MandatedAutonomousCollaboration: URIRef
    # A local government collaboration that the central or a superior government requires by
    # legislation, administrative order or contract in order to reach a policy goal, typically where
    # the local governments lack the motivation to collaborate of their own accord.
    MandatedCollaboration: URIRef
    # A mandated collaboration whose sources do not say whether the participants kept their joint
    # decision power, so that it is neither autonomous nor preempted as far as the data tell.
    MandatedCollaborationOfUnreportedAutonomy: URIRef
    # The part of the initiation partition that holds only the value mandated: the central or a
    # superior government required the collaboration by legislation, administrative order or
    # contract.
    MandatedInitiation: URIRef
    # The part of the activity partition that holds only the value many: the collaboration has at
    # least as many distinct activities as the threshold.
    ManyActivities: URIRef
    # The market contract strategy (市场契约型), one of the four strategies of cross-boundary ecological
    # and environmental collaborative governance that Cui Jing and Bi Xinyu build from the degree of
    # external demand and the breadth of social participation; the paper names it without describing
    # it: “崔晶和毕馨雨根据外部需求程度和社会参与的广泛性,构建起科层发包型、适应调整型、市场契约型及多元参与型四种跨域生态环境协同治理策略” (section 三(二)).
    MarketContractStrategy: URIRef
    # A tangible resource sought through collaboration, such as funds.
    MaterialResource: URIRef
    # The effort to coordinate and manage self-governing networks so as to strengthen their capacity
    # to govern themselves, promote communication among members and help settle conflicts, so that
    # the shared goals are reached.
    Metagovernance: URIRef
    # The agent who manages a governance network, either a member of the network or an outsider,
    # intervening to different degrees to keep the network running and developing.
    Metagovernor: URIRef
    # A role a metagovernor plays in a network; a metagovernor usually plays several roles at once,
    # to different degrees.
    MetagovernorRole: URIRef
    # A local government collaboration whose mode cannot be told because its initiation is not
    # reported, or because it was mandated and its decision autonomy is not reported.
    ModeNotReportedCollaboration: URIRef
    # The multi-actor participation strategy (多元参与型), one of the four strategies of cross-boundary
    # ecological and environmental collaborative governance that Cui Jing and Bi Xinyu build from
    # the degree of external demand and the breadth of social participation; the paper names it
    # without describing it: “崔晶和毕馨雨根据外部需求程度和社会参与的广泛性,构建起科层发包型、适应调整型、市场契约型及多元参与型四种跨域生态环境协同治理策略”
    # (section 三(二)).
    MultiActorParticipationStrategy: URIRef
    # The multi-driver network mode of cross-boundary governance, one of the three modes that Zhang
    # Chengfu and colleagues propose; the paper names it without describing it:
    # “张成福等学者提出了中央主导模式、平行区域协调模式与多元驱动网络模式” (section 三(二)).
    MultiDriverNetworkMode: URIRef
    # The mutual-benefit mode, one of the three modes into which China's local collaborative
    # governance can be divided by the degree of central intervention; the paper names it without
    # describing it: “基于中央的介入程度,我国地方协同治理模式可分为互利模式、大行政单位主导模式和中央诱导模式” (section 三(二)).
    MutualBenefitMode: URIRef
    # An effect by which vertical intervention weakens, distorts or crowds out local collaboration.
    NegativeEffect: URIRef
    # A governance mode of cross-boundary environmental collaboration in which networks dominate and
    # which depends heavily on long-standing shared networks among the actors.
    NetworkLedMode: URIRef
    # A strategy by which a manager changes the composition, structure, rules and processes of a
    # network to influence its members' preferences and behaviour and to promote their interaction
    # and cooperation.
    NetworkManagementStrategy: URIRef
    # A metagovernor that is itself one of the participants of the network it manages.
    NetworkMemberMetagovernor: URIRef
    # An organisation independent of government that compound administration draws into cooperation
    # across administrative divisions.
    NonGovernmentalOrganization: URIRef
    # Type B of Table 1: a local government collaboration with low formalisation but many
    # collaborative activities.
    NormativeCollaboration: URIRef
    # The value a coded field takes when the sources of a case do not report it: missing data, kept
    # apart both from any coded value and from a list coded as none.
    NotReported: URIRef
    # The parallel regional coordination mode of cross-boundary governance, one of the three modes
    # that Zhang Chengfu and colleagues propose; the paper names it without describing it:
    # “张成福等学者提出了中央主导模式、平行区域协调模式与多元驱动网络模式” (section 三(二)).
    ParallelRegionalCoordinationMode: URIRef
    # A mode in which regional governments collaborate as a passive response to pressure from above,
    # chosen as the rational option under the double constraint of the institutional environment and
    # governance resources.
    PassiveResponsiveCollaboration: URIRef
    # A concept of the intervention instrument code list: a tool a central or superior government
    # uses to start, steer or support local collaboration.
    PolicyInstrument: URIRef
    # Cooperation between local governments that is brought about by political mobilisation, with
    # the strong push of the central government as the key, rather than by bargaining between equal
    # parties.
    PoliticalMobilisationCooperation: URIRef
    # An effect by which vertical intervention starts, supports or strengthens local collaboration.
    PositiveEffect: URIRef
    # A mandated collaboration in which the superior government not only sets clear requirements but
    # also intervenes strongly in the process and partly takes back the participants' decision
    # power, requiring them to carry out the tasks it assigns.
    PreemptedCollaboration: URIRef
    # The driver formed by the participants' earlier cooperation, which makes them familiar with and
    # trusting of each other: success widens and deepens collaboration, failure hinders it.
    PriorCollaborationExperience: URIRef
    # Process management through agreements among the actors on how their interaction will proceed.
    ProcessAgreement: URIRef
    # The network management strategy that steers the interaction process within a given network,
    # through arranging interactions, exploring content, connecting actors and process agreements.
    ProcessManagement: URIRef
    # A claim about how drivers, interventions and forms of local-government collaboration are
    # related, which the paper states or reports from a study and which coded cases may support or
    # contradict.
    Proposition: URIRef
    # The local government of a first-level division: a province, autonomous region or municipality
    # directly under the central government.
    ProvincialGovernment: URIRef
    # Citizens taking part, individually or together, in collaborative governance.
    Public: URIRef
    # Cross-sector collaboration between government and private enterprises.
    PublicPrivatePartnership: URIRef
    # The value for the public that collaborative governance creates by providing a public service
    # better or solving a specific social problem.
    PublicValue: URIRef
    # The "fair deal" in which a participant's willingness to cooperate grows when its partners show
    # the same willingness.
    Reciprocity: URIRef
    # A form of governance of regional public affairs whose power is formed when local governments
    # cede part of their administrative jurisdiction, so that problems inside and outside the region
    # are governed in a dual form.
    RegionalPublicManagement: URIRef
    # The driver that arises when a government lacks resources it needs to solve a cross-boundary
    # problem and seeks partners that hold them, accepting some loss of autonomy and added
    # negotiation and accountability costs.
    ResourceDependence: URIRef
    # Homophily among cities of one jurisdiction, which tend to show similar policy preferences and
    # goals.
    SameJurisdiction: URIRef
    # The driver formed by the participants' common beliefs about a policy problem and its goals,
    # which lower the costs of communication and coordination and build trust.
    SharedBeliefs: URIRef
    # A value about a policy held in common by participants, such as how a problem is defined or how
    # serious it is, or how fairness and welfare should be distributed.
    SharedPolicyCoreBelief: URIRef
    # A common understanding of what the problem is, on which participants identify, discuss and
    # agree on the problem; studies find it an important influence on forming collaboration.
    SharedProblemDefinition: URIRef
    # The driver formed by the trust, reciprocity and social norms that exist among the participants
    # and lower the cost of working together.
    SocialCapital: URIRef
    # A shared rule of conduct among the participants that social capital theory counts, with trust
    # and reciprocity, as a source of collaboration.
    SocialNorm: URIRef
    # A non-profit organisation of society, such as an association or foundation, that takes part in
    # collaborative governance.
    SocialOrganization: URIRef
    # An intangible resource sought through collaboration, such as influence.
    SocialResource: URIRef
    # Homophily in the social conditions of the participating places.
    SocialSimilarity: URIRef
    # Type A of Table 1: a local government collaboration with low formalisation and few
    # collaborative activities.
    SporadicCollaboration: URIRef
    # One of the three stages of learning that a governance strategy has to pass through, and be
    # retained after, before it becomes the collective action of collaborative governance.
    StrategyLearningStage: URIRef
    # A government that stands above the participating local governments in the hierarchy and may
    # intervene in their collaboration vertically.
    SuperiorGovernment: URIRef
    # Type C of Table 1: a local government collaboration with high formalisation but few
    # collaborative activities.
    SymbolicCollaboration: URIRef
    # An organisational mode of collaboration in which vertical functional lines (条) and territorial
    # governments (块) work together around a specific task.
    TaskBasedLineBlockCollaboration: URIRef
    # The driver formed by how complex the public problem or task is: more complex and serious
    # problems need collaboration, and routine tasks lead to informal collaboration while complex,
    # high-risk ones lead to formal mechanisms and external authority.
    TaskComplexity: URIRef
    # The dimension of task complexity given by how uncertain the task and its results are.
    TaskUncertainty: URIRef
    # The principle that each government exercises its administrative power only within its own
    # territory, which limits what a single government can do about cross-boundary affairs and so
    # motivates collaboration.
    TerritorialJurisdictionPrinciple: URIRef
    # A body of theory that scholars use to explain why actors form a collaboration.
    Theory: URIRef
    # The dimension of task complexity given by how little time there is to solve the problem.
    TimeUrgency: URIRef
    # The local government of a town or township, the lowest level of local government.
    TownGovernment: URIRef
    # Trust, in the paper's words: “信任是多个主体基于特定环境彼此间互惠关系的认知” (section 四(一)1), several actors'
    # perception, in a given setting, of the reciprocity of their relations.
    Trust: URIRef
    # A classification proposed by a scholar, or by the paper itself, that divides collaborations or
    # their governance into types along one or more dimensions.
    Typology: URIRef
    # A criterion along which a typology tells its types apart.
    TypologyDimension: URIRef
    # A local government collaboration that cannot be placed in Table 1 because its degree of
    # formalisation or its amount of collaborative activity is not reported.
    UnclassifiedCollaboration: URIRef
    # The dimension of task complexity given by whether many stakeholders with different values are
    # involved.
    ValueDivergence: URIRef
    # A driver that comes from above the participants, from a central or superior government's
    # policy requirements, performance assessment or leaders' involvement.
    VerticalDriver: URIRef
    # The mechanism of local competition and cooperation under developmental localism, marked by
    # administrative decentralisation, fiscal decentralisation and the promotion game among
    # officials.
    VerticalIncentiveMechanism: URIRef
    # An intergovernmental relation between a superior government and a government below it in the
    # same hierarchy.
    VerticalIntergovernmentalRelation: URIRef
    # A top-down activity by which a central or superior government starts, steers or supports the
    # collaboration of local governments below it, through goals, structure, resources or taking
    # part in the process.
    VerticalIntervention: URIRef
    # A regional collaborative governance mode in which the central or a superior government makes
    # the policy and requires local governments to cooperate.
    VerticalLedMode: URIRef
    # A local-government collaboration in which a superior's vertical support is combined with
    # horizontal coordination among the participants, the combination the paper holds to give the
    # best effect.
    VerticalSupportWithHorizontalCoordination: URIRef
    # A local government collaboration that the local governments started of their own accord,
    # without any requirement of the central or a superior government.
    VoluntaryCollaboration: URIRef
    # The part of the initiation partition that holds only the value voluntary: the local
    # governments started the collaboration of their own accord.
    VoluntaryInitiation: URIRef
    # An increasingly complex social problem that is hard to handle and cannot be solved by one
    # sector alone, so that it calls for the joint effort of different actors.
    WickedProblem: URIRef

    # ---- Object properties ----
    # Links an evidence record about a list field of a case (its mechanisms, activities or
    # instruments) to the one key of that list it supports.
    aboutValue: URIRef
    # Links a collaborative governance process to the cross-boundary public affair that it sets out
    # to solve.
    addressesAffair: URIRef
    # Links a typology to a dimension along which it divides its types.
    alongDimension: URIRef
    # Links a collaborative activity to the level of Imperial's scheme (operational, policy or
    # institutional) at which it takes place.
    atImperialLevel: URIRef
    # Links a local government collaboration to the amount of collaborative activity that the coder
    # of the case judged it to have.
    codedActivityLevel: URIRef
    # Links a local government collaboration to the degree of formalisation that the coder of the
    # case judged it to have.
    codedFormalization: URIRef
    # Links a coder override to the value the coder gave, which the classification used.
    codedValue: URIRef
    # Links an evidence record to how sure the coder is that the quoted passage supports the coded
    # value: high, medium or low.
    confidence: URIRef
    # Links a coded case to the rating concept of its participants' existing cooperation base
    # (合作基础): low for a poor base, high for a good one. The paper names it as a condition of type C,
    # “参与主体间既有的合作基础较差” (section 五), and of type D, “这一行为可能在上级重视且参与主体合作基础好的情况下出现” (section 五); the
    # contract field is drivers.cooperation_base.
    cooperationBase: URIRef
    # Links a local government collaboration to a distinct collaborative activity that the
    # classification rules counted when deriving its amount of collaborative activity.
    countedActivity: URIRef
    # Links a local government collaboration to the amount of collaborative activity that the
    # classification rules derive by counting its distinct activities against the threshold.
    derivedActivityLevel: URIRef
    # Links a local government collaboration to the degree of formalisation that the classification
    # rules derive from its mechanisms: high when at least one is formal, else low.
    derivedFormalization: URIRef
    # Links a coder override to the value the classification rules derived, which the coder's
    # judgement replaced.
    derivedValue: URIRef
    # Links a local government collaboration to a formal mechanism it uses, recorded by the
    # classification rules as a reason why its derived degree of formalisation is high.
    formalizedBy: URIRef
    # Links a local government collaboration to a concept of the collaborative activity code list
    # for something its participants do together.
    hasActivity: URIRef
    # Links a local government collaboration to the amount of collaborative activity used to
    # classify it: the coder's value when given, else the derived one.
    hasActivityLevel: URIRef
    # Links an actor to the concept of the level-of-actor code list that says at which level of
    # government it stands, or which other kind of actor it is.
    hasActorLevel: URIRef
    # Links collaborative governance to a core element that it contains.
    hasCoreElement: URIRef
    # Links a local government collaboration to the value that says whether its participants keep
    # their decision power in the collaboration process.
    hasDecisionAutonomy: URIRef
    # Links a collaboration to the concept of the policy-domain code list for the field of public
    # affairs it deals with.
    hasDomain: URIRef
    # Links a local government collaboration to an evidence record that supports one of its coded
    # values.
    hasEvidence: URIRef
    # Links a collaboration mechanism to the formality concept that says whether the mechanism is
    # informal or formal.
    hasFormality: URIRef
    # Links a local government collaboration to the degree of formalisation used to classify it: the
    # coder's value when given, else the derived one.
    hasFormalization: URIRef
    # Links a local government collaboration to the value that says whether it was started
    # voluntarily or on a superior's requirement.
    hasInitiation: URIRef
    # Links an instrument of vertical intervention to the one of Mosley and James's three kinds
    # (authority, incentive, information) it belongs to.
    hasInstrumentKind: URIRef
    # Links a vertical intervention to an effect it has on the collaboration it acts upon.
    hasInterventionEffect: URIRef
    # Links a collaboration to an agent that manages it as a network.
    hasMetagovernor: URIRef
    # Links a local government collaboration to a record of a coder's judgement that overrode a
    # derived value in its classification.
    hasOverride: URIRef
    # Links a collaboration to an actor that takes part in it as one of its members.
    hasParticipant: URIRef
    # Links a local government collaboration to a government or agency above the participants that
    # requires, steers or intervenes in it from above.
    hasSuperior: URIRef
    # Links a coded case to the rating concept (low or high) of how similar its participants are;
    # the contract field is drivers.homophily.
    homophily: URIRef
    # Links a vertical intervention to the local-government collaboration it acts upon.
    intervenesIn: URIRef
    # Links a local government collaboration to a broader collaboration of which it is one phase,
    # such as the stage of a mechanism after a superior began to intervene.
    isPhaseOf: URIRef
    # Links a place in the list of participants or of superiors of one case to the shared actor the
    # case lists at that place, so that the order of the list is kept.
    listedActor: URIRef
    # Links a mandated collaboration to the means by which the superior compelled it.
    mandatedThrough: URIRef
    # Links a local government collaboration to the rating concept of its performance (绩效), which
    # the paper names among the elements future research should examine, “探讨协同动机、过程、绩效等要素”
    # (abstract), and describes by type: of type C “很难发挥实质作用” (section 五), of type D
    # “能够更为稳定、持续地发挥作用” (section 五). Low when the collaboration has little substantive effect, high
    # when it has a substantive one; the contract field is performance.
    performance: URIRef
    # Links a metagovernor to a role it plays in the network it manages.
    playsMetagovernorRole: URIRef
    # Links a coded case to the concept of the outcome scheme (none, success, failure, mixed) that
    # says what came of its participants' earlier collaboration; the contract field is
    # drivers.prior_collaboration.
    priorCollaboration: URIRef
    # Links a national pattern of intervention to a kind of instrument (a concept of the instrument
    # kind code list) that superiors in that setting mostly use.
    reliesMainlyOnInstrumentKind: URIRef
    # Links a coded case to the rating concept (low or high) of the complexity of the problem or
    # task it addresses; the contract field is drivers.task_complexity.
    taskComplexity: URIRef
    # Links a coded case to a concept of the intervention instrument code list that a superior used
    # on it; the contract field is instruments.
    usesInstrument: URIRef
    # Links a local government collaboration to a concept of the collaboration mechanism code list
    # for a form it uses.
    usesMechanism: URIRef

    # ---- Datatype properties ----
    # The number of distinct activities from which the classification rules counted a local
    # government collaboration as having many activities (3 by default).
    activityThreshold: URIRef
    # The identifier under which a case file declares an actor shared by its cases, and by which the
    # cases refer to it.
    actorId: URIRef
    # The name under which the named questions list a local government collaboration: its English
    # name where it has one, else its Chinese name, else its identifier. Written by the last
    # classification rule, so that a question over many cases reads one value instead of choosing
    # among the labels of each case.
    caseName: URIRef
    # Names a list field of a case (mechanisms, activities, instruments or superiors) that the coder
    # coded as having no entries; a list field the case does not name this way and has no entries
    # for is not reported.
    codedAsNone: URIRef
    # The name or initials of the person who recorded an evidence record, as the case file gives
    # them.
    coder: URIRef
    # Gives the depth of one of Imperial's levels of collaborative activity, from 1 (operational) to
    # 3 (institutional); depth and breadth of collaboration grow with the level.
    depth: URIRef
    # The six-digit code of the Chinese national standard GB/T 2260 for the administrative division
    # that a government actor governs.
    divisionCode: URIRef
    # The time at which a collaboration ended, given as a year (an xsd:gYear literal) or as a date
    # (an xsd:date literal), and not before its start.
    end: URIRef
    # Records whether the participating places of a coded case are geographically near each other;
    # the contract field is drivers.geographic_proximity.
    geographicProximity: URIRef
    # Records whether latent conflicts of interest exist among the participants of a coded case,
    # which the paper names as a condition of type C: “或存在潜在的利益冲突,但在上级政府的要求下建立起正式的协同机制” (section 五);
    # the contract field is drivers.interest_conflicts.
    interestConflicts: URIRef
    # The country in which a local government collaboration takes place, as an ISO 3166-1 alpha-2
    # code, optionally followed by an ISO 3166-2 subdivision code, such as "CN", "CN-JS", "US" or
    # "GB-ENG"; it gives the scope of propositions that the paper states for one country.
    jurisdiction: URIRef
    # Where in its source the quoted passage of an evidence record is found, such as a page, section
    # or paragraph.
    locator: URIRef
    # Gives the position of a concept in an ordered scale, such as a government level counted
    # downwards from the central government (1) to the township (5).
    rank: URIRef
    # The row of a spreadsheet, counted from 1 with the header as row 1, in which a case was
    # recorded.
    recordedAtRow: URIRef
    # The name of the case file in which a case was recorded, kept so that messages about the case
    # can point to it.
    recordedIn: URIRef
    # Records whether the participants of a coded case depend on each other for resources they need;
    # the contract field is drivers.resource_dependence.
    resourceDependence: URIRef
    # Records whether the participants of a coded case share beliefs about the problem and its
    # goals; the contract field is drivers.shared_beliefs.
    sharedBeliefs: URIRef
    # The time at which a collaboration began, given as a year (an xsd:gYear literal) or as a date
    # (an xsd:date literal).
    start: URIRef
    # The warning, in plain words, that a coder override raises so that the disagreement between the
    # coder and the rules is never dropped silently.
    warning: URIRef

    # ---- Annotation properties ----
    # Names the property of the case, such as has initiation or uses mechanism, whose value an
    # evidence record supports.
    aboutProperty: URIRef
    # Links a driver class to the theoretical perspective from which the paper discusses it.
    basedOnTheory: URIRef
    # Links a typology to the class or concept that stands for one of its types.
    hasTypologyType: URIRef
    # Links the concept of collaborative governance to one of the four core elements the paper reads
    # into it; an annotation of the ideal concept, which holds of no case by inference.
    idealCoreElement: URIRef
    # The word that the case-data contract uses for a class, such as a collaboration type or a
    # governance mode, so that tools can map between the classes and the coded values.
    key: URIRef
    # Names the classification property (has degree of formalisation, or has amount of collaborative
    # activity) whose value a coder override set.
    overridesProperty: URIRef
    # Links a proposition to the driver, instrument, effect, collaboration type or other term of the
    # ontology it is about.
    relatesTo: URIRef
    # Names, as a comma-separated literal, the case-data contract fields a dataset needs in order to
    # test a proposition (drivers.* for the driver fields, participants.level for the actors'
    # levels, type for the Table 1 type that classification derives), or "none" when a case dataset
    # under the contract cannot test it.
    testableWith: URIRef

    # ---- Individuals (code-list concepts, schemes, value partitions, typologies, ...) ----
    # The two values, few and many, that the amount of a case's collaborative activity takes in the
    # paper's Table 1.
    activityLevelScheme: URIRef
    # The code list of what local governments actually do together in a collaboration, each activity
    # at one of Imperial's levels.
    activityScheme: URIRef
    # The theory that, assuming bounded rationality, holds consistent policy-core beliefs to be the
    # key to forming coalitions in a policy subsystem and an important influence on political
    # behaviour.
    advocacyCoalitionFramework: URIRef
    # The typology that sums up the roles of a network manager as convening, mediating and
    # catalysing.
    ansellGashMetagovernorRoleTypology: URIRef
    # The two values, retained and partly preempted, that say whether the participants of a mandated
    # collaboration keep their decision power in the collaboration process.
    autonomyScheme: URIRef
    # The division, which the paper cites without naming its authors in the text, of China's local
    # collaborative governance by the degree of central intervention into the mutual-benefit,
    # large-administrative-unit-led and central-induced modes.
    centralInterventionTypology: URIRef
    # The pattern in China, where superiors mainly use authority instruments such as policy
    # documents, strategic plans and performance assessment, set concrete and even numeric targets
    # backed by assessment, and may step into the collaboration process itself.
    chineseInterventionPattern: URIRef
    # The list of ways of intervention that Chinese scholars attend to: policy guidance, strategic
    # planning, funding, leadership coordination, institutional incentives and project evaluation.
    chineseScholarsInterventionTypology: URIRef
    # Cui Jing and Bi Xinyu's division of cross-boundary ecological and environmental collaborative
    # governance, by the degree of external demand and the breadth of social participation, into
    # four strategies: hierarchical contracting-out, adaptive adjustment, market contract and
    # multi-actor participation.
    collaborationStrategyTypology: URIRef
    # The code list of how sure a coder is that a quoted passage supports a coded value: high,
    # medium or low.
    confidenceScheme: URIRef
    # The effect, found in Yangtze River Delta environmental collaboration, by which past
    # collaboration gives a superior's leaders a good base for coordination, lowering transaction
    # costs and strengthening the positive role of leaders' involvement.
    contextEffect: URIRef
    # The code list of the policy domain of the cross-boundary public affair a collaboration
    # addresses.
    domainScheme: URIRef
    # The pattern, found by scholars of air pollution collaboration in China and named by the paper
    # without a description, under which prior collaboration plays an important role; what the paper
    # says of that role is: “基于既有的沟通交流与合作,地方主体在面临新的区域问题时能够更快地建立信任关系” (section 四(一)1).
    fanPattern: URIRef
    # The code list that sorts collaboration mechanisms into informal and formal ones by their
    # binding force.
    formalityScheme: URIRef
    # The typology most scholars use for local collaboration behaviour, which by degree of
    # formalisation divides it into informal and formal collaboration.
    formalityTypology: URIRef
    # The two values, low and high, that a case's degree of formalisation takes in the paper's Table
    # 1.
    formalizationScheme: URIRef
    # The typology that extends Ansell and Gash's three roles with a fourth, network anchoring.
    hovikHanssenMetagovernorRoleTypology: URIRef
    # The code list of Imperial's three levels of collaborative activity, which grow in depth and
    # breadth from operational through policy to institutional.
    imperialLevelScheme: URIRef
    # Imperial's division of the content of collaboration into the operational, policy and
    # institutional levels, increasing in depth and breadth; institutional activities shape policy
    # and operational ones, and policy activities shape operational ones.
    imperialTypology: URIRef
    # The two values, voluntary and mandated, that say how a local government collaboration was
    # started.
    initiationScheme: URIRef
    # The code list of Mosley and James's three kinds of instrument a superior uses to intervene in
    # collaboration: authority, incentive and information.
    instrumentKindScheme: URIRef
    # The code list of the instruments a central or superior government uses to start, steer or
    # support local-government collaboration, each of one of Mosley and James's three kinds.
    instrumentScheme: URIRef
    # Xie Baojian and Chen Ruilian's view that regional collaborative governance is mainly led by
    # intergovernmental relations, divided into the vertical intergovernmental-led and the
    # horizontal intergovernmental-led mode, the latter in two forms by who initiates it.
    intergovernmentalLeadTypology: URIRef
    # The ordered code list of the degrees of vertical intervention, from none through mandate to
    # preemption, each ranked by cogov:rank.
    interventionDegreeScheme: URIRef
    # The typology of the strategies by which a manager influences a network: institutional design
    # and process management.
    klijnEdelenbosNetworkManagementTypology: URIRef
    # The code list of the level or kind of an actor that takes part in or intervenes in a
    # collaboration, from the central government down to the public.
    levelScheme: URIRef
    # The list of kinds of collaborative activity that McGuire and Silvia distinguish in
    # intergovernmental collaboration.
    mcguireSilviaActivityScheme: URIRef
    # McGuire and Silvia's division of collaborative activities into memoranda, mutual-aid
    # agreements, grant application, grant management, intergovernmental transfers, informal
    # cooperation, technical assistance, equipment provision and joint planning.
    mcguireSilviaTypology: URIRef
    # The code list of the forms a local-government collaboration takes, each informal or formal.
    mechanismScheme: URIRef
    # Fan Yongmao and colleagues' division of cross-boundary environmental collaboration practice,
    # by the features of its metagovernance mechanism, into hierarchy-led, contract-led and
    # network-led governance modes.
    metagovernanceMechanismTypology: URIRef
    # The typology that divides the instruments of metagovernance into authority, incentive and
    # information instruments; it is the most widely used classification and the one the paper
    # adopts.
    mosleyJamesInstrumentTypology: URIRef
    # The theory that stresses horizontal relations among the actors of a governance network, so
    # that managing a network means linking actors closely, promoting exchange and moving towards
    # jointly accepted decisions.
    networkGovernanceTheory: URIRef
    # Zhou Zhiren and Jiang Minjuan's division, based on the vertical, horizontal and diagonal
    # relations among Chinese governments, into three organisational modes: authority-based
    # hierarchical vertical collaboration, horizontal collaboration represented by inter-ministerial
    # joint conferences, and task-based horizontal collaboration between lines and blocks.
    organisationalModeTypology: URIRef
    # The code list of what came of the participants' earlier collaboration before the case began.
    outcomeScheme: URIRef
    # The typology that divides the concrete interventions of process management into arranging
    # interactions, exploring content, connecting and process agreements.
    processManagementTypology: URIRef
    # The code list of a two-step rating, low or high, used for task complexity and homophily.
    ratingScheme: URIRef
    # The theory that an organisation lacking the resources it needs for its goals seeks ties with
    # the organisations that hold them, at some cost to its autonomy.
    resourceDependenceTheory: URIRef
    # The typology that divides vertical intervention into legislation, administrative requirement
    # and contract.
    rodriguezInterventionTypology: URIRef
    # The theory that explains the formation of collaboration through trust, reciprocity and social
    # norms built among actors.
    socialCapitalTheory: URIRef
    # The typology that divides a metagovernor's behaviour into hands-on and hands-off
    # metagovernance, noting that effective coordination usually combines both as the situation
    # requires.
    sorensenTorfingMetagovernanceTypology: URIRef
    # The paper's own typology, its Table 1, which crosses the degree of formalisation (the form)
    # with the amount of collaborative activity (the content) to give four types of local
    # collaboration behaviour: sporadic, normative, symbolic and institutionalised.
    table1Typology: URIRef
    # The paper's own division of local collaborative governance, by the degree of vertical
    # intervention and by whether local governments keep their decision power, into autonomous
    # collaboration under a superior's requirement and preempted collaboration, set against
    # voluntary collaboration as the baseline.
    verticalInterventionTypology: URIRef
    # The pattern in Western settings, where superiors mostly use incentive and information
    # instruments, above all fiscal grants and funds, value the participants' own decision power
    # highly, and find authority instruments effective only together with funds and information.
    westernInterventionPattern: URIRef
    # Zhang Chengfu and colleagues' division of cross-boundary governance, discussed by the paper
    # under the degree of central intervention, into the central-led, the parallel regional
    # coordination and the multi-driver network mode.
    zhangTypology: URIRef

    # ---- Local names that are not Python identifiers ----
    _extras = (
        "activity-ecological_compensation",
        "activity-equipment_provision",
        "activity-expert_exchange",
        "activity-fund_sharing",
        "activity-grant_application",
        "activity-grant_management",
        "activity-information_sharing",
        "activity-institution_building",
        "activity-intergovernmental_transfer",
        "activity-joint_accountability_system",
        "activity-joint_emergency_response",
        "activity-joint_enforcement",
        "activity-joint_monitoring",
        "activity-joint_planning",
        "activity-joint_policy_making",
        "activity-joint_rule_making",
        "activity-joint_standard_setting",
        "activity-jurisdiction_transfer",
        "activity-mutual_aid",
        "activity-personnel_exchange",
        "activity-technical_assistance",
        "activityLevel-few",
        "activityLevel-many",
        "activityLevel-not_reported",
        "autonomy-not_reported",
        "autonomy-partly_preempted",
        "autonomy-retained",
        "confidence-high",
        "confidence-low",
        "confidence-medium",
        "coreElement-interdependence",
        "coreElement-jointDecisionMaking",
        "coreElement-multiActorParticipation",
        "coreElement-publicValueOrientation",
        "definition-amirkhanyan",
        "definition-ansellGash",
        "definition-emersonNabatchiBalogh",
        "definition-thomsonPerry",
        "dimension-activityDepth",
        "dimension-activityKind",
        "dimension-centralIntervention",
        "dimension-collaborativeActivity",
        "dimension-decisionAutonomy",
        "dimension-externalDemand",
        "dimension-formalization",
        "dimension-instrumentWorking",
        "dimension-intergovernmentalLead",
        "dimension-intergovernmentalRelation",
        "dimension-interventionForm",
        "dimension-metagovernanceMechanism",
        "dimension-metagovernorInvolvement",
        "dimension-metagovernorRole",
        "dimension-networkManagementLever",
        "dimension-processManagementActivity",
        "dimension-socialParticipation",
        "dimension-verticalIntervention",
        "domain-air",
        "domain-comprehensive",
        "domain-economy",
        "domain-emergency",
        "domain-environment",
        "domain-health",
        "domain-housing",
        "domain-land_use",
        "domain-public_security",
        "domain-public_service",
        "domain-science_education",
        "domain-tourism",
        "domain-transport",
        "domain-water",
        "effect-collapse_after_withdrawal",
        "effect-conflict_resolution",
        "effect-crowding_out",
        "effect-defining_membership",
        "effect-formalism",
        "effect-implementation_accountability",
        "effect-lack_of_local_information",
        "effect-legitimacy_and_special_trust",
        "effect-legitimate_plans",
        "effect-network_stability",
        "effect-removing_externalities",
        "effect-resources_and_capacity",
        "effect-scale_expertise",
        "effect-social_learning",
        "effect-starting_collaboration",
        "effect-symbolic_response",
        "effect-unified_procedures",
        "formality-formal",
        "formality-informal",
        "formalization-high",
        "formalization-low",
        "formalization-not_reported",
        "imperialLevel-institutional",
        "imperialLevel-operational",
        "imperialLevel-policy",
        "initiation-mandated",
        "initiation-not_reported",
        "initiation-voluntary",
        "instrument-accountability",
        "instrument-administrative_order",
        "instrument-capacity_building",
        "instrument-conditional_funding",
        "instrument-expert_support",
        "instrument-funding",
        "instrument-good_practice_publicity",
        "instrument-guidance",
        "instrument-information_provision",
        "instrument-institutional_incentive",
        "instrument-leader_participation",
        "instrument-legislation",
        "instrument-performance_assessment",
        "instrument-personnel_support",
        "instrument-policy_requirement",
        "instrument-required_body",
        "instrument-strategic_plan",
        "instrument-task_assignment",
        "instrument-vertical_communication",
        "instrumentKind-authority",
        "instrumentKind-incentive",
        "instrumentKind-information",
        "interventionDegree-mandated",
        "interventionDegree-none",
        "interventionDegree-preempted",
        "interventionMeans-administrative_requirement",
        "interventionMeans-contract",
        "interventionMeans-leadership_coordination",
        "interventionMeans-policy_guidance",
        "interventionMeans-project_evaluation",
        "leadershipPrinciple-entrepreneurship",
        "leadershipPrinciple-loyalty_and_trust",
        "leadershipPrinciple-network_building",
        "leadershipPrinciple-open_communication",
        "leadershipPrinciple-shared_culture",
        "leadershipPrinciple-shared_vision",
        "learningStage-elevationIntoRules",
        "learningStage-feedbackSelection",
        "learningStage-innovationPilot",
        "level-central",
        "level-community",
        "level-county",
        "level-enterprise",
        "level-prefecture",
        "level-province",
        "level-public",
        "level-regional_body",
        "level-social_organization",
        "level-township",
        "mcguireSilviaActivity-equipment_provision",
        "mcguireSilviaActivity-grant_application",
        "mcguireSilviaActivity-grant_management",
        "mcguireSilviaActivity-informal_cooperation",
        "mcguireSilviaActivity-intergovernmental_transfer",
        "mcguireSilviaActivity-joint_planning",
        "mcguireSilviaActivity-memoranda",
        "mcguireSilviaActivity-mutual_aid_agreement",
        "mcguireSilviaActivity-technical_assistance",
        "mechanism-agreement",
        "mechanism-contract",
        "mechanism-cooperation_group",
        "mechanism-forum",
        "mechanism-framework_agreement",
        "mechanism-handshake_agreement",
        "mechanism-informal_exchange",
        "mechanism-joint_conference",
        "mechanism-joint_document",
        "mechanism-joint_enforcement_group",
        "mechanism-leaders_meeting",
        "mechanism-meeting",
        "mechanism-mou",
        "mechanism-regional_agency",
        "mechanism-seminar",
        "mechanism-symposium",
        "mechanism-training",
        "metagovernorRole-catalysing",
        "metagovernorRole-convening",
        "metagovernorRole-mediating",
        "metagovernorRole-network_anchoring",
        "outcome-failure",
        "outcome-mixed",
        "outcome-none",
        "outcome-not_reported",
        "outcome-success",
        "proposition-authority_symbolic",
        "proposition-business_background",
        "proposition-central_intervention_limited",
        "proposition-china_authority_dominant",
        "proposition-complexity_formality",
        "proposition-funding_information_work",
        "proposition-homophily_proximity",
        "proposition-institutionalised_conditions",
        "proposition-normative_conditions",
        "proposition-prior_success_deepens",
        "proposition-resource_dependence_seeks_partners",
        "proposition-shared_beliefs_sustain",
        "proposition-sporadic_conditions",
        "proposition-symbolic_under_requirement",
        "proposition-trust_necessary",
        "proposition-vertical_plus_horizontal",
        "rating-high",
        "rating-low",
        "rating-not_reported",
    )

    # Aliases for them: every other character of the local name becomes _
    # The value of the amount of collaborative activity of a collaboration with fewer distinct
    # activities than the threshold.
    activityLevel_few = _NS["activityLevel-few"]
    # The value of the amount of collaborative activity of a collaboration with at least as many
    # distinct activities as the threshold.
    activityLevel_many = _NS["activityLevel-many"]
    # The amount of collaborative activity of a case whose activities are not reported: neither few
    # nor many can be derived.
    activityLevel_not_reported = _NS["activityLevel-not_reported"]
    # A policy-level activity in which participants agree that one place pays another for protecting
    # an environment they share, such as a river basin.
    activity_ecological_compensation = _NS["activity-ecological_compensation"]
    # An operational activity in which one participant supplies or lends equipment to another.
    activity_equipment_provision = _NS["activity-equipment_provision"]
    # An operational activity in which participants share or exchange experts.
    activity_expert_exchange = _NS["activity-expert_exchange"]
    # A policy-level activity in which participants pool or share funds for the collaboration.
    activity_fund_sharing = _NS["activity-fund_sharing"]
    # A policy-level activity in which participants apply together for a grant.
    activity_grant_application = _NS["activity-grant_application"]
    # A policy-level activity in which participants manage a grant together.
    activity_grant_management = _NS["activity-grant_management"]
    # An operational activity in which participants pass data and information to each other.
    activity_information_sharing = _NS["activity-information_sharing"]
    # An institutional activity in which participants create standing bodies or institutions for
    # their collaboration.
    activity_institution_building = _NS["activity-institution_building"]
    # A policy-level activity in which one participating government transfers funds to another.
    activity_intergovernmental_transfer = _NS["activity-intergovernmental_transfer"]
    # An institutional activity in which participants set up a shared system of assessment and
    # accountability for the collaboration's goals.
    activity_joint_accountability_system = _NS["activity-joint_accountability_system"]
    # An operational activity in which participants respond together to an emergency or a pollution
    # episode.
    activity_joint_emergency_response = _NS["activity-joint_emergency_response"]
    # An operational activity in which participants enforce the law together across their borders.
    activity_joint_enforcement = _NS["activity-joint_enforcement"]
    # An operational activity in which participants monitor a shared problem, such as pollution,
    # together.
    activity_joint_monitoring = _NS["activity-joint_monitoring"]
    # A policy-level activity in which participants draw up a plan for their shared problem
    # together.
    activity_joint_planning = _NS["activity-joint_planning"]
    # A policy-level activity in which participants decide on a shared policy, its goals and the
    # tasks of each place.
    activity_joint_policy_making = _NS["activity-joint_policy_making"]
    # An institutional activity in which participants make new rules, procedures or governance
    # structures for their relationship.
    activity_joint_rule_making = _NS["activity-joint_rule_making"]
    # A policy-level activity in which participants set common technical or environmental standards.
    activity_joint_standard_setting = _NS["activity-joint_standard_setting"]
    # An institutional activity in which local governments cede part of their jurisdiction to form
    # regional public management power.
    activity_jurisdiction_transfer = _NS["activity-jurisdiction_transfer"]
    # An operational activity in which participants help each other with resources when one of them
    # needs them.
    activity_mutual_aid = _NS["activity-mutual_aid"]
    # An operational activity in which participants second or exchange staff.
    activity_personnel_exchange = _NS["activity-personnel_exchange"]
    # An operational activity in which one participant helps another with technical knowledge or
    # services.
    activity_technical_assistance = _NS["activity-technical_assistance"]
    # The decision-autonomy value of a mandated case whose sources do not say whether the
    # participants kept their joint decision power.
    autonomy_not_reported = _NS["autonomy-not_reported"]
    # The decision autonomy value of a collaboration in which the superior has taken back part of
    # the participants' decision power.
    autonomy_partly_preempted = _NS["autonomy-partly_preempted"]
    # The decision autonomy value of a collaboration whose participants keep the power to decide in
    # the collaboration process.
    autonomy_retained = _NS["autonomy-retained"]
    # The quoted passage states the coded value directly.
    confidence_high = _NS["confidence-high"]
    # The quoted passage is consistent with the coded value, which rests mostly on the coder's
    # judgement.
    confidence_low = _NS["confidence-low"]
    # The quoted passage implies the coded value, but does not state it in so many words.
    confidence_medium = _NS["confidence-medium"]
    # The core element that the actors depend on each other, because the goal is complex and, owing
    # to scarce resources or limited powers, hard for any single actor to reach.
    coreElement_interdependence = _NS["coreElement-interdependence"]
    # The core element that the participants communicate, share resources and even power, and decide
    # goals, resource arrangements, rules and the allocation of responsibilities together.
    coreElement_jointDecisionMaking = _NS["coreElement-jointDecisionMaking"]
    # The core element that several actors take part, either across domains, as government with
    # enterprises or social organisations, or within one domain, as local governments or different
    # functional departments.
    coreElement_multiActorParticipation = _NS["coreElement-multiActorParticipation"]
    # The core element that the shared goal of the participants is to provide a public service
    # better or to solve a specific social problem.
    coreElement_publicValueOrientation = _NS["coreElement-publicValueOrientation"]
    # The synthesising definition of collaborative governance as multi-organisational arrangements
    # or a series of formal and informal interactions to solve social problems or provide public
    # services, comprising jointly made rules, processes and structures, joint decisions on
    # financial and human resources, joint solution of problems no single organisation can solve,
    # and the creation of new public value or joint exploration.
    definition_amirkhanyan = _NS["definition-amirkhanyan"]
    # The definition of collaborative governance as a formal institutional arrangement for joint
    # decision-making between government and non-governmental actors to make and carry out public
    # policy, initiated by the government agencies.
    definition_ansellGash = _NS["definition-ansellGash"]
    # The broader definition, put against Ansell and Gash's as too narrow, in which government, the
    # private sector, civil society, communities and other actors may all initiate or take part in
    # collaborative governance, in formal or informal forms, to reach public goals no single actor
    # can reach.
    definition_emersonNabatchiBalogh = _NS["definition-emersonNabatchiBalogh"]
    # The definition of collaborative governance as a mutually beneficial process in which
    # participants jointly make the decision rules for a specific problem through formal and
    # informal negotiation.
    definition_thomsonPerry = _NS["definition-thomsonPerry"]
    # The dimension that tells collaborative activities apart by the depth and breadth of
    # collaboration they represent, rising from the operational through the policy to the
    # institutional level.
    dimension_activityDepth = _NS["dimension-activityDepth"]
    # The dimension that tells collaborative activities apart by what the partners do, such as
    # signing memoranda, managing grants or planning together.
    dimension_activityKind = _NS["dimension-activityKind"]
    # The dimension that tells local collaborative governance modes apart by how far the central
    # government intervenes in them.
    dimension_centralIntervention = _NS["dimension-centralIntervention"]
    # The dimension that tells collaboration behaviour apart by its content, that is, by how many
    # collaborative activities it carries out.
    dimension_collaborativeActivity = _NS["dimension-collaborativeActivity"]
    # The dimension that tells modes of local collaboration apart by whether the local governments
    # keep the power to decide autonomously in the collaboration process.
    dimension_decisionAutonomy = _NS["dimension-decisionAutonomy"]
    # The dimension that tells collaboration strategies apart by how strongly demands from outside
    # the collaborating governments press for it.
    dimension_externalDemand = _NS["dimension-externalDemand"]
    # The dimension that tells collaboration behaviour apart by how formal its form is, that is,
    # whether it uses formal mechanisms.
    dimension_formalization = _NS["dimension-formalization"]
    # The typology dimension along which intervention instruments are told apart by how they act on
    # local governments: through authority, through incentives or through information.
    dimension_instrumentWorking = _NS["dimension-instrumentWorking"]
    # The dimension that tells regional collaborative governance modes apart by whether vertical or
    # horizontal intergovernmental relations lead the collaboration.
    dimension_intergovernmentalLead = _NS["dimension-intergovernmentalLead"]
    # The dimension that tells organisational modes apart by the kind of intergovernmental relation,
    # vertical, horizontal or diagonal, along which collaboration is organised.
    dimension_intergovernmentalRelation = _NS["dimension-intergovernmentalRelation"]
    # The typology dimension along which lists of intervention tell apart the concrete legal,
    # administrative or managerial forms a superior's intervention takes.
    dimension_interventionForm = _NS["dimension-interventionForm"]
    # The dimension that tells governance modes apart by which metagovernance mechanism, hierarchy,
    # contract or network, dominates the collaboration.
    dimension_metagovernanceMechanism = _NS["dimension-metagovernanceMechanism"]
    # The typology dimension along which metagovernance is divided by how directly the metagovernor
    # takes part in the network.
    dimension_metagovernorInvolvement = _NS["dimension-metagovernorInvolvement"]
    # The typology dimension along which a metagovernor's behaviour is divided by the role it plays
    # towards the network's participants.
    dimension_metagovernorRole = _NS["dimension-metagovernorRole"]
    # The typology dimension along which network management is divided by what the manager acts
    # upon: the institutional setting of the network or the process within it.
    dimension_networkManagementLever = _NS["dimension-networkManagementLever"]
    # The typology dimension along which process management is divided by the concrete intervention
    # it performs in the governance network.
    dimension_processManagementActivity = _NS["dimension-processManagementActivity"]
    # The dimension that tells collaboration strategies apart by how broadly social actors take part
    # in them.
    dimension_socialParticipation = _NS["dimension-socialParticipation"]
    # The dimension that tells modes of local collaboration apart by how far a superior government
    # intervenes from above: not at all, by requiring the collaboration, or also in its process.
    dimension_verticalIntervention = _NS["dimension-verticalIntervention"]
    # The domain of preventing and controlling air pollution that crosses administrative boundaries.
    domain_air = _NS["domain-air"]
    # The scope of a collaboration that covers several domains at once, such as regional
    # integration.
    domain_comprehensive = _NS["domain-comprehensive"]
    # The domain of economic development, industry and trade across a region.
    domain_economy = _NS["domain-economy"]
    # The domain of preparing for and responding to emergencies and disasters.
    domain_emergency = _NS["domain-emergency"]
    # The domain of environmental protection in general, where no single medium such as air or water
    # is singled out.
    domain_environment = _NS["domain-environment"]
    # The domain of health care and medical security.
    domain_health = _NS["domain-health"]
    # The domain of housing policy and housing services.
    domain_housing = _NS["domain-housing"]
    # The domain of land use and spatial planning.
    domain_land_use = _NS["domain-land_use"]
    # The domain of public order and homeland security.
    domain_public_security = _NS["domain-public_security"]
    # The domain of providing public and social services, such as services for homeless people,
    # across jurisdictions.
    domain_public_service = _NS["domain-public_service"]
    # The domain of science, education and culture.
    domain_science_education = _NS["domain-science_education"]
    # The domain of tourism development and promotion shared by neighbouring places.
    domain_tourism = _NS["domain-tourism"]
    # The domain of transport and transport planning across jurisdictions.
    domain_transport = _NS["domain-transport"]
    # The domain of water resources, water conservancy and water pollution across a river basin or
    # lake region.
    domain_water = _NS["domain-water"]
    # Where intervention neglects the logic of efficiency, the real effect of collaboration suffers
    # greatly once the superior withdraws.
    effect_collapse_after_withdrawal = _NS["effect-collapse_after_withdrawal"]
    # When participants disagree, a superior can make rules or take part in the process to clarify
    # each one's responsibilities and reconcile their interests.
    effect_conflict_resolution = _NS["effect-conflict_resolution"]
    # Because collaboration is a horizontal process of negotiation and trust that is at odds with
    # vertical intervention, intervention and centralised arrangements may crowd out participants'
    # voluntary and autonomous effort.
    effect_crowding_out = _NS["effect-crowding_out"]
    # By issuing a policy requirement, a superior fixes which governments take part in the
    # collaboration.
    effect_defining_membership = _NS["effect-defining_membership"]
    # A central-led governance mode may turn cooperation among local governments into a mere
    # formality.
    effect_formalism = _NS["effect-formalism"]
    # A superior's participation is crucial at the start of collaboration and guarantees
    # administrative accountability when it is carried out.
    effect_implementation_accountability = _NS["effect-implementation_accountability"]
    # Lacking local information, a superior's collaboration policies are too general to guide local
    # planning and may largely duplicate existing local plans, losing their use.
    effect_lack_of_local_information = _NS["effect-lack_of_local_information"]
    # A superior's involvement promotes innovative cooperation among places through the pressure of
    # legitimacy and a mechanism of special trust.
    effect_legitimacy_and_special_trust = _NS["effect-legitimacy_and_special_trust"]
    # A superior's intervention gives collaboration among local organisations a legitimate and
    # credible plan.
    effect_legitimate_plans = _NS["effect-legitimate_plans"]
    # A superior's intervention pushes collaboration forward and makes the collaborative network
    # more stable.
    effect_network_stability = _NS["effect-network_stability"]
    # A superior's intervention removes the negative spillovers that externalities bring to local
    # collaboration.
    effect_removing_externalities = _NS["effect-removing_externalities"]
    # A superior's funds, information and technology strengthen participants' motivation and give
    # collaborative activities the resources and capacity they need.
    effect_resources_and_capacity = _NS["effect-resources_and_capacity"]
    # A superior provides, at scale, the management and technical expertise that local collaboration
    # needs.
    effect_scale_expertise = _NS["effect-scale_expertise"]
    # Government use of collaboration tools promotes social learning among participants, which
    # sustains the collaboration mechanism.
    effect_social_learning = _NS["effect-social_learning"]
    # Where voluntary motivation is missing, a superior's intervention gives local governments a
    # starting point to communicate and find common interests; in China a superior's requirement
    # lets them set up a mechanism quickly even despite conflicts.
    effect_starting_collaboration = _NS["effect-starting_collaboration"]
    # When a superior's targets or requirements are too high, or do not solve the local resource
    # problems, local governments answer with a formal, legal but symbolic collaboration, sometimes
    # in a spirit of resistance.
    effect_symbolic_response = _NS["effect-symbolic_response"]
    # A superior establishes uniform procedures and rules for collaboration.
    effect_unified_procedures = _NS["effect-unified_procedures"]
    # The formality value of a mechanism that binds its participants by specifying rights, duties,
    # governance structure and rules, as contracts, agreements and regional bodies do.
    formality_formal = _NS["formality-formal"]
    # The formality value of a mechanism that has little binding force, so that actors may join or
    # leave freely, as in forums, symposia, seminars, training and meetings.
    formality_informal = _NS["formality-informal"]
    # The value of the degree of formalisation of a collaboration that uses at least one formal
    # mechanism.
    formalization_high = _NS["formalization-high"]
    # The value of the degree of formalisation of a collaboration that uses no formal mechanism.
    formalization_low = _NS["formalization-low"]
    # The degree of formalisation of a case whose mechanisms are not reported: neither low nor high
    # can be derived.
    formalization_not_reported = _NS["formalization-not_reported"]
    # The deepest of Imperial's levels, where participants make the rules and bodies of their
    # collaboration; its activities influence, constrain or improve both policy and operational
    # activities.
    imperialLevel_institutional = _NS["imperialLevel-institutional"]
    # The shallowest of Imperial's levels, where participants act together in day-to-day work;
    # policy and institutional activities shape what happens here.
    imperialLevel_operational = _NS["imperialLevel-operational"]
    # The middle one of Imperial's levels, where participants decide together on plans, money and
    # standards; its activities determine or change operational activities and are shaped by
    # institutional ones.
    imperialLevel_policy = _NS["imperialLevel-policy"]
    # The initiation value of a collaboration set up on the requirement or strong intervention of
    # the central or a superior government.
    initiation_mandated = _NS["initiation-mandated"]
    # The initiation value of a case whose sources do not say whether it was started voluntarily or
    # on a superior's requirement.
    initiation_not_reported = _NS["initiation-not_reported"]
    # The initiation value of a collaboration that local governments formed of their own accord,
    # without any superior's requirement.
    initiation_voluntary = _NS["initiation-voluntary"]
    # The kind of instrument by which a superior starts or steers collaboration through legislation,
    # policy documents, plans, assessment and other binding requirements.
    instrumentKind_authority = _NS["instrumentKind-authority"]
    # The kind of instrument by which a superior stirs local governments' motivation to collaborate
    # through personnel or fiscal support.
    instrumentKind_incentive = _NS["instrumentKind-incentive"]
    # The kind of instrument by which a superior supports collaboration with guidance,
    # communication, information, data and expertise.
    instrumentKind_information = _NS["instrumentKind-information"]
    # An authority instrument in which a superior holds local governments to account for carrying
    # out the collaboration's tasks.
    instrument_accountability = _NS["instrument-accountability"]
    # An authority instrument in which a superior government orders local governments to collaborate
    # or to carry out a collaborative task.
    instrument_administrative_order = _NS["instrument-administrative_order"]
    # An incentive instrument in which a superior builds local actors' capacity to collaborate
    # through advice and technical training.
    instrument_capacity_building = _NS["instrument-capacity_building"]
    # An incentive instrument in which a superior funds a service only where local actors have set
    # up a collaborative body to provide it.
    instrument_conditional_funding = _NS["instrument-conditional_funding"]
    # An information instrument in which a superior lends technical knowledge or experts to the
    # collaboration.
    instrument_expert_support = _NS["instrument-expert_support"]
    # An incentive instrument in which a superior gives money that supports cross-boundary
    # collaboration.
    instrument_funding = _NS["instrument-funding"]
    # An information instrument in which a superior publicises local examples of good collaborative
    # practice.
    instrument_good_practice_publicity = _NS["instrument-good_practice_publicity"]
    # An information instrument in which a superior issues guidance on how to organise the
    # collaboration.
    instrument_guidance = _NS["instrument-guidance"]
    # An information instrument in which a superior provides information or data that local actors
    # could not obtain elsewhere.
    instrument_information_provision = _NS["instrument-information_provision"]
    # An incentive instrument in which a superior rewards collaboration through institutional
    # arrangements such as evaluation criteria for officials.
    instrument_institutional_incentive = _NS["instrument-institutional_incentive"]
    # An authority instrument in which leaders of a superior government take part in the
    # collaboration and coordinate the participants, named by the paper beside policy requirements
    # and performance assessment as a means of vertical intervention.
    instrument_leader_participation = _NS["instrument-leader_participation"]
    # An authority instrument in which a legislature passes a law that requires local governments to
    # collaborate.
    instrument_legislation = _NS["instrument-legislation"]
    # An authority instrument in which a superior assesses local governments on their collaborative
    # performance; studies count it among the most effective authority instruments.
    instrument_performance_assessment = _NS["instrument-performance_assessment"]
    # An incentive instrument in which a superior supports collaboration with staff or with
    # personnel decisions.
    instrument_personnel_support = _NS["instrument-personnel_support"]
    # An authority instrument in which a superior issues a policy document that requires particular
    # local governments to form a collaboration mechanism.
    instrument_policy_requirement = _NS["instrument-policy_requirement"]
    # An authority instrument in which rules or documents of a superior require participants to set
    # up a new collaborative body or decision procedure.
    instrument_required_body = _NS["instrument-required_body"]
    # An authority instrument in which a superior sets a strategic plan that assigns a region's
    # governments shared goals.
    instrument_strategic_plan = _NS["instrument-strategic_plan"]
    # An authority instrument in which a superior assigns each participating government concrete
    # tasks, taking back part of their decision power.
    instrument_task_assignment = _NS["instrument-task_assignment"]
    # An information instrument in which staff of a superior communicate with participants and pass
    # them key information or knowledge.
    instrument_vertical_communication = _NS["instrument-vertical_communication"]
    # The degree at which a superior requires local governments to collaborate through legislation,
    # administrative order or contract, while the participants still negotiate and decide within the
    # policy frame.
    interventionDegree_mandated = _NS["interventionDegree-mandated"]
    # The degree at which local governments collaborate of their own accord without any superior's
    # requirement, the baseline case of voluntary horizontal collaboration.
    interventionDegree_none = _NS["interventionDegree-none"]
    # The degree at which a superior not only requires collaboration but intervenes in its process,
    # takes back part of the participants' decision power and assigns them tasks.
    interventionDegree_preempted = _NS["interventionDegree-preempted"]
    # A means of intervention in which an administrative authority requires local actors to
    # collaborate, as Rodríguez and colleagues list it beside legislation and contract.
    interventionMeans_administrative_requirement = _NS[
        "interventionMeans-administrative_requirement"
    ]
    # A means of mandating collaboration in which a superior binds local actors to collaborate
    # through an administrative contract, for example for social services such as medical security.
    interventionMeans_contract = _NS["interventionMeans-contract"]
    # A means of intervention in which superior leaders take part in the collaboration and
    # coordinate the participants' interests.
    interventionMeans_leadership_coordination = _NS["interventionMeans-leadership_coordination"]
    # A means of intervention in which the central government steers local collaboration through the
    # direction its policies set.
    interventionMeans_policy_guidance = _NS["interventionMeans-policy_guidance"]
    # A means of intervention in which a superior evaluates the collaborative projects of local
    # governments.
    interventionMeans_project_evaluation = _NS["interventionMeans-project_evaluation"]
    # The principle that a collaborative leader acts with a flexible, entrepreneurial spirit.
    leadershipPrinciple_entrepreneurship = _NS["leadershipPrinciple-entrepreneurship"]
    # The principle that a collaborative leader maintains the participants' loyalty to one another
    # and their mutual trust.
    leadershipPrinciple_loyalty_and_trust = _NS["leadershipPrinciple-loyalty_and_trust"]
    # The principle that a collaborative leader cultivates the awareness of building networks.
    leadershipPrinciple_network_building = _NS["leadershipPrinciple-network_building"]
    # The principle that a collaborative leader establishes open channels of communication and
    # exchange.
    leadershipPrinciple_open_communication = _NS["leadershipPrinciple-open_communication"]
    # The principle that a collaborative leader creates a culture and atmosphere the participants
    # share.
    leadershipPrinciple_shared_culture = _NS["leadershipPrinciple-shared_culture"]
    # The principle that a collaborative leader creates a vision or strategy the participants hold
    # in common.
    leadershipPrinciple_shared_vision = _NS["leadershipPrinciple-shared_vision"]
    # The third stage of the learning path, in which the selected environmental policies are raised
    # into rules and regulations.
    learningStage_elevationIntoRules = _NS["learningStage-elevationIntoRules"]
    # The second stage of the learning path, in which environmental policies give feedback on the
    # piloted strategies and some are selected.
    learningStage_feedbackSelection = _NS["learningStage-feedbackSelection"]
    # The first stage of the learning path, in which local governments innovate and try a strategy
    # out in pilots.
    learningStage_innovationPilot = _NS["learningStage-innovationPilot"]
    # The level of a national government or one of its ministries, the top of the administrative
    # hierarchy.
    level_central = _NS["level-central"]
    # The kind of actor that is a residential or local community.
    level_community = _NS["level-community"]
    # The level of a county or county-level city, one of the lower levels that carry out
    # collaboration in practice.
    level_county = _NS["level-county"]
    # The kind of actor that is a business enterprise taking part in cross-sector collaboration.
    level_enterprise = _NS["level-enterprise"]
    # The level of a prefecture-level city, or of a county in the United States.
    level_prefecture = _NS["level-prefecture"]
    # The level of a first-level division: a province, autonomous region, municipality under the
    # central government, special administrative region or a US state.
    level_province = _NS["level-province"]
    # The kind of actor that is the public or individual citizens.
    level_public = _NS["level-public"]
    # The kind of actor that is a regional agency or a regional planning organisation standing
    # between or above the governments of a region.
    level_regional_body = _NS["level-regional_body"]
    # The kind of actor that is a social organisation or non-governmental organisation.
    level_social_organization = _NS["level-social_organization"]
    # The level of a town or township government, the lowest level of government.
    level_township = _NS["level-township"]
    # The activity type of supplying equipment to a partner government.
    mcguireSilviaActivity_equipment_provision = _NS["mcguireSilviaActivity-equipment_provision"]
    # The activity type of applying for grants together.
    mcguireSilviaActivity_grant_application = _NS["mcguireSilviaActivity-grant_application"]
    # The activity type of managing grants together.
    mcguireSilviaActivity_grant_management = _NS["mcguireSilviaActivity-grant_management"]
    # The activity type of cooperating informally, without a written agreement.
    mcguireSilviaActivity_informal_cooperation = _NS["mcguireSilviaActivity-informal_cooperation"]
    # The activity type of transferring funds from one government to another.
    mcguireSilviaActivity_intergovernmental_transfer = _NS[
        "mcguireSilviaActivity-intergovernmental_transfer"
    ]
    # The activity type of drawing up plans together.
    mcguireSilviaActivity_joint_planning = _NS["mcguireSilviaActivity-joint_planning"]
    # The activity type of drawing up and signing memoranda between governments.
    mcguireSilviaActivity_memoranda = _NS["mcguireSilviaActivity-memoranda"]
    # The activity type of agreeing and giving mutual aid between governments.
    mcguireSilviaActivity_mutual_aid_agreement = _NS["mcguireSilviaActivity-mutual_aid_agreement"]
    # The activity type of giving technical assistance to a partner government.
    mcguireSilviaActivity_technical_assistance = _NS["mcguireSilviaActivity-technical_assistance"]
    # A formal mechanism in which participants sign a written agreement on a specific cooperation.
    mechanism_agreement = _NS["mechanism-agreement"]
    # A formal mechanism in which participants sign a contract that binds them to specified rights
    # and duties.
    mechanism_contract = _NS["mechanism-contract"]
    # A formal mechanism in which participants set up a group with a charter that fixes its members,
    # duties and working rules.
    mechanism_cooperation_group = _NS["mechanism-cooperation_group"]
    # An informal mechanism in which participants discuss a cross-boundary issue in an open
    # gathering without binding commitments.
    mechanism_forum = _NS["mechanism-forum"]
    # A formal mechanism in which participants sign an agreement that sets the frame, goals and
    # rules of a longer cooperation.
    mechanism_framework_agreement = _NS["mechanism-framework_agreement"]
    # An informal mechanism in which government departments reach an unwritten or non-binding
    # understanding.
    mechanism_handshake_agreement = _NS["mechanism-handshake_agreement"]
    # An informal mechanism in which participants exchange personnel, information, equipment or
    # experts as one-off or phased tasks.
    mechanism_informal_exchange = _NS["mechanism-informal_exchange"]
    # A recurring conference of the participating governments' officials that coordinates a
    # cross-boundary affair; the case-data contract counts it as informal.
    mechanism_joint_conference = _NS["mechanism-joint_conference"]
    # A formal mechanism in which participants jointly issue an official policy document.
    mechanism_joint_document = _NS["mechanism-joint_document"]
    # A formal mechanism in which participants set up a standing group that enforces the law jointly
    # across their borders.
    mechanism_joint_enforcement_group = _NS["mechanism-joint_enforcement_group"]
    # An informal mechanism in which leaders of the participating governments meet to exchange views
    # and explore collaboration.
    mechanism_leaders_meeting = _NS["mechanism-leaders_meeting"]
    # An informal mechanism in which participants meet to coordinate, without a charter that binds
    # them.
    mechanism_meeting = _NS["mechanism-meeting"]
    # A formal mechanism in which participants sign a memorandum that records their shared
    # understanding and commitments.
    mechanism_mou = _NS["mechanism-mou"]
    # A formal mechanism in which participants establish a standing regional body with its own staff
    # to run the collaboration.
    mechanism_regional_agency = _NS["mechanism-regional_agency"]
    # An informal mechanism in which participants study and discuss a question in depth, often with
    # experts.
    mechanism_seminar = _NS["mechanism-seminar"]
    # An informal mechanism in which participants talk over a shared problem face to face.
    mechanism_symposium = _NS["mechanism-symposium"]
    # An informal mechanism in which staff of the participating governments are trained together.
    mechanism_training = _NS["mechanism-training"]
    # The role of helping the participants find and create value in working together.
    metagovernorRole_catalysing = _NS["metagovernorRole-catalysing"]
    # The role of bringing the stakeholders of a network together at the table.
    metagovernorRole_convening = _NS["metagovernorRole-convening"]
    # The role of mediating disputes among the participants of a network.
    metagovernorRole_mediating = _NS["metagovernorRole-mediating"]
    # The role, added by Hovik and Hanssen, of switching timely and fittingly between political and
    # administrative power so that the network stays legitimate and democratic.
    metagovernorRole_network_anchoring = _NS["metagovernorRole-network_anchoring"]
    # The value used when the participants' earlier collaboration failed, which tends to hinder new
    # collaboration.
    outcome_failure = _NS["outcome-failure"]
    # The value used when the participants' earlier collaborations had both successes and failures.
    outcome_mixed = _NS["outcome-mixed"]
    # The value used when the participants had not collaborated before.
    outcome_none = _NS["outcome-none"]
    # The value used when the sources of a case do not say whether, or how, the participants
    # collaborated before.
    outcome_not_reported = _NS["outcome-not_reported"]
    # The value used when the participants' earlier collaboration succeeded, which tends to widen
    # and deepen new collaboration.
    outcome_success = _NS["outcome-success"]
    # Authority instruments used alone, with policy targets set too high, do little and may lead
    # local actors to answer with a symbolic collaboration.
    proposition_authority_symbolic = _NS["proposition-authority_symbolic"]
    # Leaders who studied business or worked in enterprises accept collaborative governance more
    # readily, having a stronger sense of openness, innovation and crossing boundaries.
    proposition_business_background = _NS["proposition-business_background"]
    # Vertical intervention by central government departments does little to promote sustained
    # environmental collaboration between cities, whereas autonomous organisational coordination
    # among local governments and communication among their leaders are necessary conditions of it.
    proposition_central_intervention_limited = _NS["proposition-central_intervention_limited"]
    # In China, vertical intervention by central or superior governments takes mainly the form of
    # authority instruments such as policy documents, strategic plans and performance assessment.
    proposition_china_authority_dominant = _NS["proposition-china_authority_dominant"]
    # Facing routine tasks, local governments see the risk as controllable and prefer informal
    # collaboration to save transaction costs; facing complex, high-risk tasks, they seek external
    # authority and formal mechanisms to prevent partners from defecting.
    proposition_complexity_formality = _NS["proposition-complexity_formality"]
    # In Western settings, central funding and publicity of good local practice encourage
    # collaboration effectively, while authority instruments work only when combined with funds and
    # information.
    proposition_funding_information_work = _NS["proposition-funding_information_work"]
    # Participants similar in social, economic and environmental respects, and cities that are near
    # each other or in one jurisdiction, more readily agree on goals and trust each other, and so
    # are more likely to collaborate.
    proposition_homophily_proximity = _NS["proposition-homophily_proximity"]
    # Collaboration with high formalisation and many activities (type D) arises when superiors
    # attach importance to it and the participants' cooperation base is good, or when the
    # cross-boundary problem is so complex that it needs long and deep collaboration.
    proposition_institutionalised_conditions = _NS["proposition-institutionalised_conditions"]
    # Collaboration with low formalisation but many activities (type B) arises among local actors
    # with successful past cooperation, high homophily and strong agreement on goals, most likely
    # among city, county and town governments that carry out policies.
    proposition_normative_conditions = _NS["proposition-normative_conditions"]
    # Successful earlier collaboration widens the scope and deepens the degree of new collaboration,
    # while failed earlier collaboration hinders it to some extent.
    proposition_prior_success_deepens = _NS["proposition-prior_success_deepens"]
    # When an organisation cannot reach its goals for lack of resources, it actively seeks partners
    # outside that hold them, so resource dependence drives collaboration.
    proposition_resource_dependence_seeks_partners = _NS[
        "proposition-resource_dependence_seeks_partners"
    ]
    # A shared understanding of the problem or shared policy beliefs is a necessary condition for
    # participants to keep interacting and to move collaboration forward.
    proposition_shared_beliefs_sustain = _NS["proposition-shared_beliefs_sustain"]
    # Collaboration with low formalisation and few activities (type A) arises when local actors
    # first explore cooperation on a cross-boundary issue, or when they jointly solve a temporary,
    # uncomplicated problem.
    proposition_sporadic_conditions = _NS["proposition-sporadic_conditions"]
    # Collaboration with high formalisation but few activities (type C) arises when local actors
    # with a weak cooperation base or latent conflicts of interest set up a formal mechanism to
    # satisfy a superior's requirement.
    proposition_symbolic_under_requirement = _NS["proposition-symbolic_under_requirement"]
    # Trust among the participants is a necessary condition for collaborative governance to arise,
    # as a test of interaction effects shows.
    proposition_trust_necessary = _NS["proposition-trust_necessary"]
    # Collaborative governance reaches its best effect only when a superior's vertical support is
    # combined with horizontal coordination among the participants.
    proposition_vertical_plus_horizontal = _NS["proposition-vertical_plus_horizontal"]
    # The higher step of a two-step rating, such as a complex, high-risk task or very similar
    # participants.
    rating_high = _NS["rating-high"]
    # The lower step of a two-step rating, such as a routine task or dissimilar participants.
    rating_low = _NS["rating-low"]
    # The value used when the sources of a case do not report the rated quality, such as the
    # complexity of the task or the similarity of the participants.
    rating_not_reported = _NS["rating-not_reported"]


__all__ = ["COGOV"]
