# leakage: preprocessing@9
import pandas as pd
import sklearn.preprocessing as pp
from sklearn.model_selection import train_test_split as tts
from sklearn.svm import SVC
df = pd.read_csv("data.csv")
features = df[["a", "b", "c"]]
scaler = pp.MinMaxScaler()
scaled = scaler.fit_transform(features)
a, b, c, d = tts(scaled, df["y"], random_state=1)
clf = SVC().fit(a, c)
print(clf.score(b, d))
