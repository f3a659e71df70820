# check: format precision at halves
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(f"{0.5:.0f}")
    parts.append(f"{1.5:.0f}")
    parts.append(f"{2.5:.0f}")
    parts.append(f"{0.25:.1f}")
    parts.append(f"{0.35:.1f}")
    parts.append(f"{12.5:.0f}")
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
