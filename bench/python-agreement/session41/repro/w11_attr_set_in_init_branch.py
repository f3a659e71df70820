# Wrong words: an attribute set in one branch of __init__ (`if secure: self.cert = ...`) and read later is refused
# with "`Conn` instances have no attribute `cert` set in `__init__` (weft follows the attributes `__init__` sets)":
# __init__ does set it, on one path. (CPython: AttributeError in the thread for Conn(False); out=['db'].)
# Command: /work/notes/s41/weft-start import w11_attr_set_in_init_branch.py  (checks/nm04)
import threading

out = []


class Conn:
    def __init__(self, secure):
        self.host = "db"
        if secure:
            self.cert = "x509"


def work():
    c = Conn(False)
    out.append(c.host)
    out.append(c.cert)


t = threading.Thread(target=work)
t.start()
t.join()
print(out)
