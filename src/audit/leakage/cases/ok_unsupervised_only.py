# leakage: na
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.cluster import KMeans
df = pd.read_csv("customers.csv")
X = StandardScaler().fit_transform(df)
X2 = PCA(n_components=2).fit_transform(X)
labels = KMeans(n_clusters=4, n_init=10, random_state=0).fit_predict(X2)
df["segment"] = labels
print(df.groupby("segment").mean())
