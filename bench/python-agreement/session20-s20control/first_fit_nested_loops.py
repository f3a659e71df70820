# CPython 3.11.7, 10 runs (agree.py): ok placed=['small', 'large'] room small=1 large=1 unplaced=2 (10 of 10); weft: that state, other orders, and assertion_failed (the lost `+= 1`), complete.
"""Two packers place parcels into the first bin with room: nested loops over sizes known at import
time, `continue` past parcels already placed, `break` out of the bin loop, `return` from both loops
of an inlined function. A lock guards each placement, but not the count of parcels with no bin: two
packers' `+= 1` may lose one (the assert fails; CPython's runs rarely show it)."""
import threading

room = {"small": 3, "large": 5}
lock = threading.Lock()
placed = []
unplaced = {"count": 0}


def place(parcel):
    with lock:
        for size in [1, 2]:
            if parcel < size:
                continue
            for name in ["small", "large"]:
                if room[name] >= parcel:
                    room[name] -= parcel
                    return name
                if name == "small" and parcel > 4:
                    break
    return "none"


def packer(parcels):
    for parcel in parcels:
        got = place(parcel)
        if got == "none":
            unplaced["count"] += 1
            continue
        placed.append(got)


a = threading.Thread(target=packer, args=([2, 4],))
b = threading.Thread(target=packer, args=([3, 6],))
a.start()
b.start()
a.join()
b.join()
assert unplaced["count"] == 2
