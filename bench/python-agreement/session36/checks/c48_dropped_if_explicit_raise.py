"""A dropped return in an if whose value calls a checker with an explicit raise: agrees."""
log = []


def check(x):
    if x < 0:
        raise ValueError("negative")
    return x


def validate(x):
    if x != 0:
        return check(x)
    return 0


try:
    validate(-3)
    log.append("valid")
except ValueError:
    log.append("invalid")
print(log)
