import threading

out = []
line = "  key=value=more ; x "


def worker(text):
    k, _, v = text.strip().partition("=")
    out.append(k)
    out.append(v)
    out.append(text.split("=", 1)[1])
    out.append(text.rsplit("=", 1)[0].strip())
    out.append(text.strip(" x;"))
    out.append(text.replace("=", ":", 1))
    out.append(str(text.find("value")))
    out.append(str(text.startswith(("  k", "z"))))
    out.append(str("more" in text))
    out.append(text.strip().split()[0])


t = threading.Thread(target=worker, args=(line,))
t.start()
t.join()
print(out)
