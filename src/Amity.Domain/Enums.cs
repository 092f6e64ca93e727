namespace Amity.Domain;

public enum EngagementKind { Meeting, Talks, Call, Visit, Event, Letter, Agreement }

public enum EngagementMode { InPerson, Video, Phone, Written }

public enum Channel { Official, Parliamentary, Party, PeopleToPeople, Public, City, Youth, ThinkTank }

public enum EngagementStatus { Planned, Confirmed, Held, Cancelled }

public enum Verification { Extracted, Verified, Rejected }

public enum ParticipantRole { Host, Guest, Present, Sender, Recipient, Speaker, Attendee }

public enum OrganisationKind
{
    Party, Parliament, Government, FriendshipAssociation, Ngo, ThinkTank, Media, University, City,
    InternationalOrganisation, Company,
}

public enum DelegationDirection { Inbound, Outbound }

public enum DialogueTrack { Track1, Track1Half, Track2 }

public enum RelationshipKind { Partnership, SisterCities, DiplomaticRelations }

public enum DatePrecision { Year, Month, Day }
