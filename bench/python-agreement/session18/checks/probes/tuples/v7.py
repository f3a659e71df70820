WORDS = ["b", "a"]
x = ""
WORDS.sort()
x = WORDS[0]
