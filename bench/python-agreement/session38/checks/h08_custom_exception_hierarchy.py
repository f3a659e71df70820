# ordered
# A custom exception hierarchy: except Base catches Derived, bare raise re-raises, raise from chains.
import threading

log = []


class ShippingError(Exception):
    pass


class AddressError(ShippingError):
    pass


class WeightError(ShippingError):
    pass


def check(parcel):
    name, weight, address = parcel
    if not address:
        raise AddressError(name)
    if weight > 30:
        raise WeightError(name)
    return name


def ship(parcel):
    try:
        return check(parcel)
    except WeightError:
        log.append("too heavy, re-raise")
        raise


def worker(parcels):
    for parcel in parcels:
        try:
            log.append(ship(parcel))
        except AddressError as e:
            log.append(f"address {e}")
        except ShippingError as e:
            log.append(f"{type(e).__name__} {e}")


t = threading.Thread(target=worker, args=([("p1", 2, "x st"), ("p2", 40, "y st"), ("p3", 1, "")],))
t.start()
t.join()
print(log)
