# leakage: preprocessing@8
import pandas as pd
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import MultinomialNB
df = pd.read_csv("counts.csv")
X, y = df.drop(columns="target"), df["target"]
X_best = SelectKBest(chi2, k=10).fit_transform(X, y)
X_train, X_test, y_train, y_test = train_test_split(X_best, y, random_state=0)
nb = MultinomialNB().fit(X_train, y_train)
print(nb.score(X_test, y_test))
