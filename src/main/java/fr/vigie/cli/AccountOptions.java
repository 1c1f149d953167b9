package fr.vigie.cli;

import fr.vigie.account.AccountRole;
import fr.vigie.account.AccountStatus;
import fr.vigie.account.Network;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for the account options, so that a wrong value is a usage error listing the valid ones. */
final class AccountOptions {
    private AccountOptions() {}

    static final class NetworkConverter implements ITypeConverter<Network> {
        @Override
        public Network convert(String value) {
            return Network.parse(value)
                    .orElseThrow(() -> new TypeConversionException(
                            "unknown network '" + value + "': use one of " + Network.ids()));
        }
    }

    static final class RoleConverter implements ITypeConverter<AccountRole> {
        @Override
        public AccountRole convert(String value) {
            return AccountRole.parse(value)
                    .orElseThrow(() ->
                            new TypeConversionException("unknown role '" + value + "': use " + AccountRole.ids()));
        }
    }

    static final class StatusConverter implements ITypeConverter<AccountStatus> {
        @Override
        public AccountStatus convert(String value) {
            return AccountStatus.parse(value)
                    .orElseThrow(() ->
                            new TypeConversionException("unknown status '" + value + "': use " + AccountStatus.ids()));
        }
    }
}
