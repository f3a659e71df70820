# check: str.title() capitalises after digits and apostrophes
import threading

out = ""


def work():
    global out
    out = "|".join(s.title() for s in ["3rd place", "they're here", "x-ray 2b", "o'neil 99bottles"])


t = threading.Thread(target=work)
t.start()
t.join()
print(out)
